import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function watchPagefind(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

test('"/" opens the dialog, typing finds results, arrows reach the second, Enter opens it', async ({ page }) => {
  const pagefind = watchPagefind(page);
  await page.goto('learn/tensors/');
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Quick search' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.pressSequentially('gradient');
  await expect(dialog.getByRole('status')).toContainText(/^\d+ results? for “gradient”$/);
  const links = dialog.locator('[data-search-results] > li.search-hit > a');
  await expect(links.nth(1)).toBeVisible();
  expect(pagefind.length).toBeGreaterThan(0);
  await expect(dialog.locator('[data-search-results] mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  // Sub-results sit between top-level results, so the second link may be a section of the first page.
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
});

test('Ctrl+K opens the dialog; Escape closes it and gives focus back', async ({ page }) => {
  await page.goto('compare/');
  const opener = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  await opener.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Quick search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  // Focus stays in the dialog while it is open.
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the header link opens the dialog, and results show type, level and sub-results', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Quick search' });
  await dialog.getByRole('searchbox').fill('backpropagation');
  const first = dialog.locator('[data-search-results] > li').first();
  await expect(first.locator('.search-hit__meta')).toHaveText(
    /Lesson · (beginner|intermediate|advanced)|Glossary|Key difference|Code example|Framework|Comparison/,
  );
  await expect(dialog.locator('.search-hit__subs a').first()).toHaveAttribute('href', /#/);
  const { violations } = await new AxeBuilder({ page }).include('dialog').withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('the search page keeps the query and filters in the URL; filters narrow and combine; reload restores', async ({
  page,
}) => {
  await page.goto('search/');
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await input.fill('model');
  await expect(page).toHaveURL(/\?q=model$/);
  const status = page.locator('[data-search-page] [data-search-status]');
  await expect(status).toContainText(/^\d+ results for “model”$/);
  const total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  const pytorchCount = page.locator('[data-count-for="framework:PyTorch"]');
  await expect(pytorchCount).toHaveText(/^\([1-9]\d*\)$/);

  await page.getByRole('group', { name: 'Type' }).getByLabel('Lesson').check();
  await expect(page).toHaveURL(/type=Lesson/);
  await expect(status).not.toHaveText(new RegExp(`^${total} `));
  const lessons = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  expect(lessons).toBeLessThan(total);
  for (const meta of await page.locator('[data-search-results] > li > .search-hit__meta').all()) {
    await expect(meta).toHaveText(/^Lesson/);
  }
  const expectedWithLevel = Number(
    (await page.locator('[data-count-for="level:beginner"]').textContent())?.match(/\d+/)?.[0],
  );
  expect(expectedWithLevel).toBeGreaterThan(0);
  await page.getByRole('group', { name: 'Level' }).getByLabel('beginner').check();
  await expect(status).toHaveText(new RegExp(`^${expectedWithLevel} results? `));

  await page.reload();
  await expect(input).toHaveValue('model');
  await expect(page.getByRole('group', { name: 'Type' }).getByLabel('Lesson')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Level' }).getByLabel('beginner')).toBeChecked();
  await expect(status).toHaveText(new RegExp(`^${expectedWithLevel} results? `));
  await page.goBack();
  await expect(page.getByRole('group', { name: 'Level' }).getByLabel('beginner')).not.toBeChecked();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('filters combine, and each count says how many results choosing it leaves', async ({ page }) => {
  await page.goto('search/?q=save');
  const status = page.locator('[data-search-page] [data-search-status]');
  await expect(status).toContainText(/results? for “save”/);
  const countOf = async (filter: string) =>
    Number((await page.locator(`[data-count-for="${filter}"]`).textContent())?.match(/\d+/)?.[0] ?? NaN);
  const total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  const code = await countOf('type:Code example');
  expect(code).toBeGreaterThan(0);
  expect(code).toBeLessThan(total);
  await page.getByRole('group', { name: 'Type' }).getByLabel('Code example').check();
  await expect(status).toHaveText(new RegExp(`^${code} results? for “save”$`));
  const tensorflow = await countOf('framework:TensorFlow');
  expect(tensorflow).toBeGreaterThan(0);
  await page.getByRole('group', { name: 'Framework' }).getByLabel('TensorFlow').check();
  await expect(page).toHaveURL(/framework=TensorFlow/);
  await expect(status).toHaveText(new RegExp(`^${tensorflow} results? for “save”$`));
  for (const meta of await page.locator('[data-search-results] > li > .search-hit__meta').all()) {
    await expect(meta).toHaveText(/^Code example/);
  }
});

test('the index holds main content only, not the header, footer or tab labels', async ({ page }) => {
  await page.goto('search/');
  const hits = await page.evaluate(async () => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    const pagefind = (await import(/* @vite-ignore */ root?.dataset['bundle'] ?? '')) as {
      search: (q: string) => Promise<{ results: unknown[] }>;
    };
    const count = async (query: string) => (await pagefind.search(query)).results.length;
    return {
      footer: await count('"Every framework fact links its source and the day it was checked"'),
      skip: await count('"Skip to content"'),
      breadcrumb: await count('"Home › Learn"'),
      notApplicable: await count('"No direct equivalent in"'),
      lesson: await count('tensor'),
    };
  });
  expect(hits).toEqual({ footer: 0, skip: 0, breadcrumb: 0, notApplicable: 0, lesson: expect.any(Number) });
  expect(hits.lesson).toBeGreaterThan(0);
});

test('markup in the URL query or in saved progress is shown as text, never run or parsed as HTML', async ({ page }) => {
  const payload = '<img src=x onerror="window.pwned=1"><b>tensor</b>';
  await page.addInitScript((html) => {
    try {
      localStorage.setItem(
        'dlc:progress',
        JSON.stringify({ version: 1, completed: { [html]: '2026-01-01T00:00:00.000Z' } }),
      );
    } catch {
      // storage may be blocked; the query half of the test still runs
    }
  }, payload);
  await page.goto(`search/?q=${encodeURIComponent(payload)}&type=${encodeURIComponent('<i>x</i>')}`);
  const input = page.getByRole('searchbox', { name: 'Search the site' });
  await expect(input).toHaveValue(payload);
  await expect(page.locator('[data-search-page] [data-search-status]')).toContainText(payload);
  await page.goto('learn/');
  expect(await page.locator('main img[src="x"], main b, main i').count()).toBe(0);
  await page.goto(`search/?q=${encodeURIComponent(payload)}`);
  await expect(page.locator('[data-search-page] [data-search-status]')).toContainText(/\bresults? for/);
  expect(await page.locator('main img[src="x"], [data-search-page] b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('filter values that would leave no results are hidden, unless ticked', async ({ page }) => {
  await page.goto('search/?q=GradientTape');
  const status = page.locator('[data-search-page] [data-search-status]');
  await expect(status).toContainText(/results? for “GradientTape”/);
  const labels = page.locator('[data-search-filters] label');
  await expect(labels.filter({ hasText: '(0)' }).first()).toBeHidden();
  for (const label of await labels.filter({ visible: true }).all()) {
    await expect(label).toHaveText(/\([1-9]\d*\)$/);
  }
  expect(await labels.filter({ visible: true }).count()).toBeLessThan(await labels.count());
  await page.goto('search/');
  await expect(labels.filter({ visible: true })).toHaveCount(await labels.count());
});

test('at 360 px the filters fold behind a button and the first result shows without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('search/?q=tensor');
  const toggle = page.locator('[data-search-filters] > summary');
  await expect(toggle).toHaveText('Filters');
  await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
  const first = page.locator('[data-search-results] > li.search-hit').first();
  await expect(first).toBeVisible();
  await expect(first.locator('a').first()).toBeInViewport();
  await toggle.click();
  await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
});
