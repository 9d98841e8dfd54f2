import { expect, test } from '@playwright/test';

const LESSON = 'learn/tensors/';

test('the header links every section and the search page', async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Learn', 'Frameworks', 'Differences', 'Compare', 'Code', 'Glossary', 'Search']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Frameworks', exact: true }).click();
  await expect(page).toHaveURL(/\/frameworks\/$/);
  await expect(nav.getByRole('link', { name: 'Frameworks', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('a lesson page carries its language, title, description, canonical URL and Open Graph tags', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(heading.length).toBeGreaterThan(0);
  await expect(page).toHaveTitle(new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
    /^https?:\/\/[^/]+.*\/learn\/tensors\/$/,
  );
  expect(await meta('meta[property="og:title"]')).toBe(heading);
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:url"]')).toMatch(/\/learn\/tensors\/$/);
});

test('a lesson shows breadcrumbs, its level, reading time, objectives, quiz and the next step', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.locator('.lesson-header__meta')).toContainText(/beginner/);
  await expect(page.locator('.lesson-header__meta')).toContainText(/\d+ min read/);
  await expect(page.getByRole('heading', { name: 'You will learn' })).toBeVisible();
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  expect(await quiz.getByRole('group').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Learn' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Previous and next on the learning path' }).getByRole('link'),
  ).not.toHaveCount(0);
});

test('a framework profile shows a facts box where every value links its source and date', async ({ page }) => {
  await page.goto('frameworks/pytorch/');
  const facts = page.getByRole('region', { name: /at a glance/ });
  const rows = facts.locator('.facts__row');
  expect(await rows.count()).toBeGreaterThanOrEqual(15);
  for (const row of await rows.all()) {
    await expect(row.locator('.fact__source a')).toHaveAttribute('href', /^https:\/\//);
    await expect(row.locator('.fact__source time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('a fact’s source is a small mark named with the source and date, printed in full', async ({ page }) => {
  for (const path of ['frameworks/pytorch/', 'compare/keras-vs-pytorch/']) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(path);
    const mark = page.locator('main a.source-mark').first();
    await expect(mark).toHaveAccessibleName(
      /^Source: .+, checked \d{1,2} [A-Z][a-z]{2} \d{4} \((?:.+ before|the day) this page was built\)$/,
    );
    await expect(mark).toHaveAttribute(
      'title',
      /, checked \d{1,2} [A-Z][a-z]{2} \d{4} \((?:.+ before|the day) this page was built\)$/,
    );
    await expect(mark.locator('.source-mark__mark')).toBeVisible();
    const box = await mark.boundingBox();
    expect(box?.width ?? 999, 'the mark stays small on screen').toBeLessThan(80);
    await page.emulateMedia({ media: 'print' });
    await expect(mark.locator('.source-mark__detail')).toHaveCSS('position', 'static');
    await expect(mark.locator('.source-mark__mark')).toBeHidden();
  }
});

test('a difference page opens with a verdict table generated for every framework', async ({ page }) => {
  await page.goto('differences/static-vs-dynamic-graphs/');
  const table = page.getByRole('table').first();
  for (const name of ['Keras', 'TensorFlow', 'PyTorch']) {
    await expect(table.getByRole('rowheader', { name })).toBeVisible();
  }
});

test('the code page shows each framework version highlighted', async ({ page }) => {
  await page.goto('code/create-tensor/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(page.locator('.framework-code--columns .variant__label')).toHaveText(['Keras', 'TensorFlow', 'PyTorch']);
  for (const label of await page.locator('.framework-code--columns .variant__label').all())
    await expect(label).toBeVisible();
  await expect(page.locator('pre.astro-code')).toHaveCount(3);
});

test('pages fit a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['', LESSON, 'frameworks/keras/', 'compare/', 'code/create-tensor/', 'glossary/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `page ${path || '/'} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('print hides the site chrome and keeps the lesson', async ({ page }) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
