import { expect, test } from '@playwright/test';

test('a plain page loads only the search opener and the reading shell: no Pagefind file until search opens', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('/pagefind/'))
      scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('differences/', { waitUntil: 'networkidle' });
  expect(scripts.filter((script) => script.includes('pagefind'))).toEqual([]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toMatch(/^\/_astro\/(SearchDialog|searchClient|BaseLayout)[\w.-]*\.js$/);
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((elements) =>
      elements.map((element) => ({ type: element.getAttribute('type'), inHead: element.closest('head') !== null })),
    );
  // The head script (theme, framework choice) is the only classic script, and it runs before the body.
  expect(inline.filter((script) => script.type === null)).toEqual([{ type: null, inHead: true }]);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a lesson is fully readable and the theme button is hidden', async ({ page }) => {
    await page.goto('learn/tensors/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('pre.astro-code').first()).toBeVisible();
    for (const framework of ['keras', 'tensorflow', 'pytorch']) {
      await expect(page.locator(`[data-variant="${framework}"]`).first()).toBeVisible();
    }
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  });

  test('the comparison, a pair page, a framework profile and a code page are fully readable', async ({ page }) => {
    await page.goto('compare/');
    await expect(page.locator('table.comparison tbody tr').first()).toBeVisible();
    expect(await page.locator('table.comparison tbody tr').count()).toBeGreaterThanOrEqual(13);
    await page.goto('compare/keras-vs-pytorch/');
    await expect(page.getByRole('heading', { name: 'Where they really differ' })).toBeVisible();
    await page.goto('frameworks/pytorch/');
    await expect(page.locator('.facts__row').first()).toBeVisible();
    await page.goto('code/train-model/');
    for (const framework of ['keras', 'tensorflow', 'pytorch']) {
      await expect(page.locator(`.variant[data-variant="${framework}"] pre.astro-code`)).toBeVisible();
    }
  });

  test('every code variant shows under its framework label, with no tabs', async ({ page }) => {
    await page.goto('learn/tensors/');
    await expect(page.getByRole('tablist')).toHaveCount(0);
    for (const group of await page.locator('.framework-code').all()) {
      await expect(group.locator('.variant__label')).toHaveText(['Keras', 'TensorFlow', 'PyTorch']);
      for (const variant of await group.locator('.variant').all()) await expect(variant).toBeVisible();
    }
  });

  test('quiz answers are readable in a disclosure and progress controls are hidden', async ({ page }) => {
    await page.goto('learn/tensors/');
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    const reveal = page.locator('.quiz__reveal').first();
    await reveal.getByText('Show the answer').click();
    await expect(reveal.locator('strong')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
  });

  test('the search page says search needs JavaScript and links the sections', async ({ page }) => {
    await page.goto('search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Learn' })).toBeVisible();
  });
});
