import { expect, test, type Page } from '@playwright/test';

const PAIRS = ['keras-vs-tensorflow', 'keras-vs-pytorch', 'tensorflow-vs-pytorch'];

test('the comparison table has a column per framework and every cell links a source', async ({ page }) => {
  await page.goto('compare/');
  const table = page.locator('table.comparison');
  await expect(table.locator('thead th[data-framework-column]')).toHaveText(['Keras', 'TensorFlow', 'PyTorch']);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(13);
  for (const key of [
    'apiLevels',
    'executionModel',
    'graphCompilation',
    'debuggingTools',
    'deploymentTargets',
    'distributedTraining',
    'data-loading',
    'hardware',
    'license',
    'maintainer',
    'writtenIn',
    'firstRelease',
    'popularity',
  ]) {
    await expect(table.locator(`tr[data-row="${key}"]`), key).toHaveCount(1);
  }
  for (const cell of await table.locator('tbody td').all()) {
    await expect(cell.locator('.comparison__sources a').first()).toHaveAttribute('href', /^https:\/\//);
  }
  await expect(table.locator('tr[data-row="debuggingTools"] a', { hasText: 'Explained' })).toHaveAttribute(
    'href',
    /\/differences\/debugging\/$/,
  );
  // The corrections of the popular table sit in myth boxes.
  expect(await page.locator('[data-myth]').count()).toBeGreaterThanOrEqual(7);
});

test('each pair page exists, compares exactly its two frameworks and links back', async ({ page }) => {
  await page.goto('compare/');
  for (const pair of PAIRS) {
    await expect(
      page.getByRole('navigation', { name: 'Pairwise comparisons' }).locator(`a[href$="/compare/${pair}/"]`),
    ).toHaveCount(1);
  }
  for (const pair of PAIRS) {
    const response = await page.goto(`compare/${pair}/`);
    expect(response?.status(), pair).toBe(200);
    const [first, second] = pair.split('-vs-');
    await expect(page.locator('thead th[data-framework-column]')).toHaveCount(2);
    await expect(page.locator(`thead th[data-framework-column="${first}"]`)).toHaveCount(1);
    await expect(page.locator(`thead th[data-framework-column="${second}"]`)).toHaveCount(1);
    for (const heading of ['Where they really differ', 'Moving between them', 'Which suits you']) {
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Compare' }),
    ).toHaveAttribute('href', /\/compare\/$/);
  }
});

async function choose(page: Page, answers: Record<string, string>) {
  for (const [question, label] of Object.entries(answers)) {
    await page.getByRole('group', { name: question }).getByLabel(label).check();
  }
  await page.getByRole('button', { name: 'Recommend a framework' }).click();
  return page.locator('[data-chooser-output]');
}

test('the chooser recommends from the answers and explains with sourced facts', async ({ page }) => {
  await page.goto('compare/choose/');
  let output = await choose(page, {
    'What do you want to do first?': 'Learn how deep learning works',
    'How much machine learning have you done?': 'None yet',
    'Which code do you prefer?': 'Short: describe the model, call fit',
  });
  await expect(output.locator('.chooser__pick')).toHaveText(['Keras']);
  await expect(output.locator('li a').first()).toHaveAttribute('href', /^https:\/\//);
  // A single suggestion is remembered as the framework every code tab opens on.
  await expect(output.locator('[data-chooser-remembered]')).toContainText('Code tabs on this site now open on Keras');
  expect(await page.evaluate(() => localStorage.getItem('dlc:framework'))).toBe('keras');

  await page.reload();
  output = await choose(page, {
    'What do you want to do first?': 'Follow and reproduce research',
    'Which code do you prefer?': 'Explicit: write every step of the loop myself',
    'What will you train on?': 'A Mac with Apple silicon',
  });
  await expect(output.locator('.chooser__pick')).toHaveText(['PyTorch']);

  await page.reload();
  output = await choose(page, {
    'What do you want to do first?': 'Ship a model in a product',
    'Where will the model run in the end?': 'On phones or small devices',
  });
  await expect(output.locator('.chooser__pick')).toHaveText(['TensorFlow']);

  await page.reload();
  output = await choose(page, {
    'What do you want to do first?': 'Ship a model in a product',
    'Where will the model run in the end?': 'In a web browser',
    'What will you train on?': 'A Mac with Apple silicon',
  });
  // TensorFlow.js has had no release since Oct 2024; ONNX Runtime Web runs PyTorch's and Keras's ONNX exports.
  await expect(output.locator('.chooser__pick')).toHaveText(['PyTorch']);
});

test('the chooser result names the framework, gives plain reasons and starts the path with it', async ({ page }) => {
  await page.goto('compare/choose/');
  const output = await choose(page, {
    'What do you want to do first?': 'Follow and reproduce research',
    'Which code do you prefer?': 'Explicit: write every step of the loop myself',
  });
  await expect(output.getByRole('heading', { level: 3 })).toHaveText('PyTorch');
  const reasons = output.locator('.chooser__reasons > li');
  await expect(reasons).toHaveCount(2);
  for (const reason of await reasons.allTextContents()) {
    expect(reason).toMatch(/^(?=.*PyTorch)[A-Z].*\. source$/);
    expect(reason).not.toMatch(/\(\+\d\)/);
  }

  // Changing an answer updates the result at once: no stale suggestion stays on screen.
  await page
    .getByRole('group', { name: 'Which code do you prefer?' })
    .getByLabel('Short: describe the model, call fit')
    .check();
  await page
    .getByRole('group', { name: 'What do you want to do first?' })
    .getByLabel('Learn how deep learning works')
    .check();
  await expect(output.getByRole('heading', { level: 3 })).toHaveText('Keras');

  await output.getByRole('link', { name: 'Start the path with Keras' }).click();
  await expect(page).toHaveURL(/\/learn\/what-is-deep-learning\/$/);
  expect(await page.evaluate(() => localStorage.getItem('dlc:framework'))).toBe('keras');
  await expect(page.locator('html')).toHaveAttribute('data-framework', 'keras');
});

test('the chooser works from the keyboard alone', async ({ page }) => {
  await page.goto('compare/choose/');
  await page.getByRole('group', { name: 'What do you want to do first?' }).getByRole('radio').first().focus();
  // Arrow keys move within a radio group; Tab moves to the next group.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Follow and reproduce research')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('None yet')).toBeChecked();
  await page.getByRole('button', { name: 'Recommend a framework' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Our suggestion' })).toBeFocused();
  await expect(page.locator('[data-chooser-output] .chooser__pick')).not.toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the chooser shows its logic as a static decision table', async ({ page }) => {
    await page.goto('compare/choose/');
    await expect(page.locator('form[data-chooser]')).toBeHidden();
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Question', 'Answer', 'Keras', 'TensorFlow', 'PyTorch']);
    // Keras, TensorFlow, PyTorch: TensorFlow.js is stalled, ONNX Runtime Web serves the other two.
    await expect(table.getByRole('row', { name: /In a web browser/ }).getByRole('cell')).toHaveText(['2', '1', '2']);
  });
});
