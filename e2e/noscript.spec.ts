import { expect, test } from '@playwright/test';

test('a plain content page ships no client JavaScript beyond the inline head script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('frameworks/keras/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  const inline = await page.locator('script').evaluateAll((elements) =>
    elements.map((element) => ({
      src: element.getAttribute('src'),
      type: element.getAttribute('type'),
      inHead: element.closest('head') !== null,
    })),
  );
  expect(inline).toEqual([{ src: null, type: null, inHead: true }]);
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
