import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page has no WCAG 2.2 AA violations in the ${scheme} scheme`, async ({ page, request, baseURL }) => {
    test.setTimeout(600_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = [...(await sitemapPaths(request, baseURL ?? '')), new URL('no-such-page/', baseURL).pathname];
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, baseURL).href);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      found.push(
        ...violations.map(
          (violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      );
    }
    expect(found).toEqual([]);
  });
}
