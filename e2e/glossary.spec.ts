import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the glossary filter keeps matching terms, hides empty letters and says how many match', async ({ page }) => {
  await page.goto('glossary/');
  const entries = page.locator('[data-glossary-entry]');
  const total = await entries.count();
  expect(total).toBeGreaterThan(10);
  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  await filter.fill('gradient');
  const visible = page.locator('[data-glossary-entry]:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const text of await visible.allTextContents()) expect(text.toLowerCase()).toContain('gradient');
  await expect(page.locator('[data-glossary-count]')).toHaveText(
    new RegExp(`^${shown} terms? of ${total} match “gradient”\\.$`),
  );
  for (const letter of await page.locator('[data-glossary-letter]:visible').all()) {
    await expect(letter.locator('[data-glossary-entry]:visible').first()).toBeVisible();
  }
  await filter.fill('');
  await expect(visible).toHaveCount(total);
});

test('the A–Z bar jumps to a letter, and letters without terms are not links', async ({ page }) => {
  await page.goto('glossary/');
  const bar = page.getByRole('navigation', { name: 'On this page', exact: true });
  await expect(bar.getByRole('listitem')).toHaveCount(26);
  const links = bar.getByRole('link');
  expect(await links.count()).toBeGreaterThan(5);
  const link = links.nth(2);
  const letter = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#letter-${letter.toLowerCase()}$`));
  const heading = page.getByRole('heading', { level: 2, name: letter, exact: true });
  await expect(heading).toBeInViewport();
  for (const term of await heading.locator('xpath=..').locator('dt').allTextContents()) {
    expect(term.charAt(0).toUpperCase()).toBe(letter);
  }
});

test('without JavaScript the glossary shows every term and no filter box', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('glossary/');
  await expect(page.getByRole('searchbox', { name: 'Filter terms' })).toBeHidden();
  const entries = page.locator('[data-glossary-entry]');
  await expect(entries.first()).toBeVisible();
  expect(await page.locator('[data-glossary-entry]:visible').count()).toBe(await entries.count());
  await context.close();
});

test('a term link shows its short definition on focus and hover, still links to the glossary', async ({ page }) => {
  await page.goto('learn/tensors/');
  const link = page.locator('main a.term').first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/\/glossary\/#[a-z0-9-]+$/);
  const definitions = (await (
    await page.request.get(new URL('terms.json', new URL(href, page.url())).href)
  ).json()) as Record<string, { term: string; definition: string }>;
  const entry = definitions[href.split('#')[1] ?? ''];
  expect(entry).toBeDefined();

  await link.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(`${entry?.term} ${entry?.definition}`);
  await expect(link).toHaveAttribute('aria-describedby', (await tip.getAttribute('id')) ?? '');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby', /.+/);

  await page.mouse.move(0, 0);
  await link.hover();
  await expect(tip).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${href.split('#')[1]}$`));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an open term tooltip and the filtered glossary have no WCAG 2.2 AA violations (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('learn/tensors/');
    await page.locator('main a.term').first().focus();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

    await page.goto('glossary/');
    await page.getByRole('searchbox', { name: 'Filter terms' }).fill('tensor');
    expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);
  });
}
