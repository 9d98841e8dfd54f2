import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { findMythClaims as findIn, parseMyths } from '../src/lib/myths';
import { sitemapPaths } from './support/sitemap';

test.use({ javaScriptEnabled: false });

const myths = parseMyths(readFileSync('content/myths.yaml', 'utf8'), 'content/myths.yaml');
const findMythClaims = (text: string) => findIn(text, myths);

test('no page states a known myth outside the box that corrects it', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  let boxes = 0;
  for (const path of await sitemapPaths(request, baseURL ?? '')) {
    await page.goto(new URL(path, baseURL).href);
    const { text, myths } = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      const removed = [...body.querySelectorAll('[data-myth]')];
      removed.forEach((box) => box.remove());
      return { text: body.textContent ?? '', myths: removed.length };
    });
    boxes += myths;
    found.push(...findMythClaims(text).map((claim) => `${path}: ${claim}`));
  }
  // The site corrects the myths, so the boxes exist: a check that removed nothing would prove nothing.
  expect(boxes).toBeGreaterThanOrEqual(5);
  expect(found).toEqual([]);
});

test('the myth check sees a claim that escapes its box', async ({ page, baseURL }) => {
  await page.goto(new URL('frameworks/pytorch/', baseURL).href);
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    const box = body.querySelector('[data-myth]');
    // Unwrap one box: its claim now stands in the page as if stated as fact.
    box?.replaceWith(...box.childNodes);
    body.querySelectorAll('[data-myth]').forEach((other) => other.remove());
    return body.textContent ?? '';
  });
  expect(findMythClaims(text).length).toBeGreaterThan(0);
});
