import { expect, test } from '@playwright/test';

const TASK = 'code/create-tensor/';

test('the code page shows the versions side by side on wide screens and as tabs on narrow ones', async ({ page }) => {
  await page.setViewportSize({ width: 1800, height: 900 });
  await page.goto(TASK);
  const variants = page.locator('.framework-code--columns > .variant');
  await expect(variants).toHaveCount(3);
  for (const variant of await variants.all()) await expect(variant).toBeVisible();
  const codeTops = () =>
    variants.evaluateAll((elements) =>
      elements.map((element) => Math.round(element.querySelector('pre')?.getBoundingClientRect().top ?? -1)),
    );
  expect(new Set(await codeTops()).size, 'three columns, code blocks starting at one height').toBe(1);
  await expect(page.getByRole('tablist')).toBeHidden();

  // Medium screens: two columns, the third below; code starts level in the first row.
  await page.setViewportSize({ width: 1280, height: 900 });
  const [keras, tensorflow, pytorch] = await codeTops();
  expect(keras).toBe(tensorflow);
  expect(pytorch).toBeGreaterThan(keras ?? 0);

  await page.setViewportSize({ width: 400, height: 900 });
  await expect(page.getByRole('tablist')).toBeVisible();
  await page.getByRole('tab', { name: 'PyTorch' }).click();
  await expect(page.locator('.framework-code--columns > .variant[data-variant="pytorch"]')).toBeVisible();
  await expect(page.locator('.framework-code--columns > .variant[data-variant="keras"]')).toBeHidden();
});

test('side by side, no line of code is cut off and the copy button covers no code', async ({ page }) => {
  for (const width of [1100, 1280, 1800]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('code/train-model/');
    for (const pre of await page.locator('.framework-code--columns .copy-wrapper > pre').all()) {
      const { scroll, client } = await pre.evaluate((element) => ({
        scroll: element.scrollWidth,
        client: element.clientWidth,
      }));
      expect(scroll, `a line is cut off at ${width} px`).toBeLessThanOrEqual(client);
      const button = await pre.locator('xpath=..').getByRole('button', { name: 'Copy code' }).boundingBox();
      const firstLine = await pre.locator('.line').first().boundingBox();
      expect(
        button && firstLine && button.y + button.height <= firstLine.y,
        `copy button over code at ${width} px`,
      ).toBe(true);
    }
  }
});

test('the copy button copies exactly the code of its block', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(TASK);
  const variant = page.locator('.variant[data-variant="tensorflow"]');
  const button = variant.getByRole('button', { name: 'Copy code' });
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const download = await page.request.get(new URL('create-tensor-tensorflow.py', page.url()).href);
  expect(copied.trim()).toBe((await download.text()).trim());
});

test('each version downloads as .py and as a valid notebook', async ({ page, request }) => {
  await page.goto(TASK);
  for (const framework of ['keras', 'tensorflow', 'pytorch']) {
    const variant = page.locator(`.variant[data-variant="${framework}"]`);
    // Named after the task and the framework: `keras.py` would import itself instead of Keras.
    await expect(variant.getByRole('link', { name: /\.py$/ })).toHaveText(`create-tensor-${framework}.py`);
    await expect(variant.getByRole('link', { name: 'Jupyter notebook' })).toHaveAttribute(
      'href',
      new RegExp(`/code/create-tensor/create-tensor-${framework}\\.ipynb$`),
    );
    const py = await request.get(
      new URL((await variant.getByRole('link', { name: /\.py$/ }).getAttribute('href')) ?? '', page.url()).href,
    );
    expect(py.status()).toBe(200);
    const source = await py.text();
    expect(source).toContain('import');
    const notebookResponse = await request.get(
      new URL((await variant.getByRole('link', { name: 'Jupyter notebook' }).getAttribute('href')) ?? '', page.url())
        .href,
    );
    expect(notebookResponse.status()).toBe(200);
    const notebook = (await notebookResponse.json()) as {
      nbformat: number;
      nbformat_minor: number;
      cells: { cell_type: string; source: string[]; id: string }[];
    };
    expect([notebook.nbformat, notebook.nbformat_minor]).toEqual([4, 5]);
    expect(notebook.cells[0]?.cell_type).toBe('markdown');
    expect(notebook.cells[0]?.source.join('')).toContain('Create and inspect a tensor');
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code').map((cell) => cell.source.join(''));
    expect(code.length).toBeGreaterThan(0);
    expect(code.join('\n\n')).toBe(source.trimEnd());
  }
});

test('the task matrix links every task and says where a framework has no equivalent', async ({ page }) => {
  await page.goto('code/');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(1);
  for (const row of await rows.all()) {
    await expect(row.getByRole('rowheader').getByRole('link')).toHaveAttribute('href', /\/code\/[a-z0-9-]+\/$/);
    await expect(row.getByRole('cell')).toHaveCount(3);
  }
});

test('a difference page embeds a code example by id, as framework tabs with a link to its page', async ({ page }) => {
  await page.goto('differences/static-vs-dynamic-graphs/');
  const source = page.locator('.example-source');
  await expect(source.getByRole('link')).toHaveAttribute('href', /\/code\/compile-to-graph\/$/);
  const group = page
    .locator('.framework-code')
    .filter({ has: page.locator('pre', { hasText: 'tf.function' }) })
    .last();
  await expect(group.getByRole('tab')).toHaveText(['Keras', 'TensorFlow', 'PyTorch']);
  const file = await page.request.get(
    new URL('../../code/compile-to-graph/compile-to-graph-pytorch.py', page.url()).href,
  );
  await group.getByRole('tab', { name: 'PyTorch' }).click();
  await expect(group.locator('.variant[data-variant="pytorch"] pre.astro-code')).toContainText(
    (await file.text()).split('\n')[0] ?? '',
  );
});
