import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/sitemap';

test('every page in the sitemap answers 200 with a title and a main landmark', async ({ request, baseURL, page }) => {
  const pages = await sitemapPaths(request, baseURL ?? '');
  // Home, the six sections, one entry per collection: a sitemap this short means a route went missing.
  expect(pages.length).toBeGreaterThanOrEqual(12);
  for (const path of pages) {
    const response = await page.goto(new URL(path, baseURL).href);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('main#main'), path).toHaveCount(1);
    expect(await page.title(), path).not.toBe('');
  }
});

test('the sitemap lists every built page but the 404, and nothing else', async ({ request, baseURL }) => {
  const pages = await sitemapPaths(request, baseURL ?? '');
  const base = new URL(baseURL ?? '').pathname;
  const built = readdirSync(process.env['E2E_DIST'] ?? 'dist', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `${base}${path.dirname(file) === '.' ? '' : `${path.dirname(file).split(path.sep).join('/')}/`}`);
  expect(built.length).toBeGreaterThanOrEqual(40);
  expect([...pages].sort()).toEqual([...built].sort());
  expect(pages.some((page) => /\/404\/?$/.test(page))).toBe(false);
  expect(pages).toContain(`${base}search/`);
  for (const section of ['learn/', 'frameworks/', 'differences/', 'compare/', 'code/', 'glossary/']) {
    expect(
      pages.some((path) => path.endsWith(`/${section}`)),
      section,
    ).toBe(true);
  }
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Start the learning path' })).toBeVisible();
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const robots = await (await request.get('robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap-index\.xml/);
});
