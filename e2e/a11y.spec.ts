import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  '',
  'learn/',
  'learn/tensors/',
  'frameworks/pytorch/',
  'differences/static-vs-dynamic-graphs/',
  'compare/',
  'code/create-tensor/',
  'glossary/',
  'search/',
  'no-such-page/',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`key pages have no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of PAGES) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
        `page /${path}`,
      ).toEqual([]);
    }
  });
}
