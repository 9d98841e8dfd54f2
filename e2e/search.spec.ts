import { expect, test } from '@playwright/test';

test('the search page finds a lesson and keeps the query in the URL', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search the site').fill('broadcasting');
  await page.getByLabel('Search the site').press('Enter');
  await expect(page).toHaveURL(/\?q=broadcasting$/);
  await expect(page.getByRole('status')).toContainText(/\d+ results? for “broadcasting”/);
  const results = page.locator('[data-search-results] li');
  await expect(results.first().locator('mark').first()).toBeVisible();
  await expect(results.locator('a').filter({ hasText: 'Tensors' }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Search the site')).toHaveValue('broadcasting');
  await expect(results.first()).toBeVisible();
});

test('the index holds main content only, not the header or footer', async ({ page }) => {
  await page.goto('search/?q=');
  const footerOnly = 'Every framework fact links its source and the day it was checked';
  const hits = await page.evaluate(async (query) => {
    const bundle = document.querySelector<HTMLElement>('[data-search-results]')?.dataset['bundle'] ?? '';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as {
      search: (q: string) => Promise<{ results: unknown[] }>;
    };
    return {
      footer: (await pagefind.search(query)).results.length,
      skip: (await pagefind.search('"Skip to content"')).results.length,
      lesson: (await pagefind.search('tensor')).results.length,
    };
  }, `"${footerOnly}"`);
  expect(hits.lesson).toBeGreaterThan(0);
  expect(hits.footer).toBe(0);
  expect(hits.skip).toBe(0);
});
