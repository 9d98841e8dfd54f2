import { expect, test, type Page } from '@playwright/test';

const LESSON = 'learn/tensors/';

function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return problems;
}

test('the quiz gives feedback and the explanation after answering', async ({ page }) => {
  await page.goto(LESSON);
  const question = page.locator('[data-quiz-question]').first();
  const feedback = question.getByRole('status');
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback).toHaveText('Choose an answer first.');
  const answer = Number(await question.getAttribute('data-answer'));
  const radios = question.getByRole('radio');
  await radios.nth(answer === 0 ? 1 : 0).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback).toContainText(/^Not quite: the answer is “.+”\. /);
  await radios.nth(answer).check();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(feedback).toContainText(/^Correct\. \S/);
  // The radios are a labelled group a screen reader can navigate.
  await expect(question.getByRole('group')).toHaveCount(1);
});

test('marking steps complete shows on the path page, which resumes and resets', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('learn/');
  const stepLinks = page.locator('ol.steps > li > a');
  // The first path's steps (the page lists every path; the first is the beginner path).
  const total = (
    JSON.parse((await page.locator('[data-path-progress]').first().getAttribute('data-steps')) ?? '[]') as unknown[]
  ).length;
  const firstHref = await stepLinks.first().getAttribute('href');
  await expect(page.locator('[data-progress-label]').first()).toHaveText(new RegExp(`^0 of ${total} steps? complete$`));
  await expect(page.locator('[data-resume-link]').first()).toHaveAttribute('href', firstHref ?? '');

  await page.goto(LESSON);
  const button = page.locator('[data-mark-complete-button]');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-mark-complete-status]')).toHaveText('✓ Complete');
  await page.reload();
  await expect(page.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');

  await page.goto('learn/');
  await expect(page.locator('[data-progress-label]').first()).toHaveText(new RegExp(`^1 of ${total} steps? complete$`));
  await expect(page.locator('[data-progress-bar]').first()).toHaveAttribute('value', '1');
  await expect(page.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  const resume = page.locator('[data-resume-link]').first();
  if (total > 1) {
    await expect(resume).toHaveText(/^Continue with “.+”$/);
    await expect(resume).not.toHaveAttribute('href', /\/learn\/tensors\/$/);
  }

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.locator('[data-progress-label]').first()).toHaveText(new RegExp(`^0 of ${total} steps? complete$`));
  await expect(page.locator('[data-step-status="tensors"]')).toHaveText('');
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('dlc:progress'))).toBeNull();
  expect(problems).toEqual([]);
});

test('the complete button is one toggle whose label and pressed state say what it does', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.locator('[data-mark-complete-button]');
  await expect(button).toHaveAccessibleName('Mark as complete');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAccessibleName('Completed — undo');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Completed — undo' }).click();
  await expect(button).toHaveAccessibleName('Mark as complete');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dlc:progress') ?? '{}') as unknown);
  expect(stored).toMatchObject({ completed: {} });
});

test('reset progress asks first, can be cancelled, and can be undone', async ({ page }) => {
  await page.goto(LESSON);
  await page.locator('[data-mark-complete-button]').click();
  await page.goto('learn/');
  const label = page.locator('[data-progress-label]').first();
  await expect(label).toHaveText(/^1 of \d+ steps complete$/);

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Yes, reset' })).toBeHidden();
  await expect(label).toHaveText(/^1 of \d+ steps complete$/);

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(label).toHaveText(/^0 of \d+ steps complete$/);
  const undo = page.getByRole('button', { name: 'Undo reset' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(label).toHaveText(/^1 of \d+ steps complete$/);
  await expect(page.getByRole('status').filter({ hasText: 'Progress restored.' })).toHaveCount(1);
  await expect(undo).toBeHidden();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dlc:progress') ?? '{}') as unknown);
  expect(stored).toMatchObject({ completed: { tensors: expect.any(String) } });
});

for (const [name, value] of [
  ['corrupt JSON', '{"version":1,"completed":'],
  ['a version never shipped', '{"version":0,"done":["tensors"]}'],
  ['foreign data', '["not","ours"]'],
] as const) {
  test(`progress stored as ${name} is ignored and replaced, with no console error`, async ({ page }) => {
    const problems = collectProblems(page);
    await seedOnce(page, value);
    await page.goto('learn/');
    await expect(page.locator('[data-progress-label]').first()).toHaveText(/^0 of \d+ steps? complete$/);
    const replaced = await page.evaluate(() => JSON.parse(localStorage.getItem('dlc:progress') ?? 'null'));
    expect(replaced).toEqual({ version: 2, completed: {}, lastVisited: null, lastVisitedAt: null });
    await page.goto(LESSON);
    await page.locator('[data-mark-complete-button]').click();
    await expect(page.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');
    expect(problems).toEqual([]);
  });
}

/** Stores `value` as the progress before the first page of the test loads, not on later loads. */
async function seedOnce(page: Page, value: string) {
  await page.addInitScript((stored) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dlc:progress', stored);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
}

test('two tabs marking different lessons complete both count on the path page', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(LESSON);
  await second.goto('learn/setting-up/');
  await first.locator('[data-mark-complete-button]').click();
  await expect(first.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');
  await second.locator('[data-mark-complete-button]').click();
  await expect(second.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');
  await first.goto('learn/');
  await expect(first.locator('[data-progress-label]').first()).toHaveText(/^2 of \d+ steps complete$/);
  await expect(first.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  await expect(first.locator('[data-step-status="setting-up"]')).toHaveText('✓ Complete');
});

test('an open path page and lesson follow changes made in another tab', async ({ context }) => {
  const path = await context.newPage();
  const lesson = await context.newPage();
  const other = await context.newPage();
  await path.goto('learn/');
  await lesson.goto(LESSON);
  await other.goto(LESSON);
  await expect(path.locator('[data-progress-label]').first()).toHaveText(/^0 of \d+ steps complete$/);
  await other.locator('[data-mark-complete-button]').click();
  await expect(path.locator('[data-progress-label]').first()).toHaveText(/^1 of \d+ steps complete$/);
  await expect(path.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  await expect(lesson.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');
  await expect(lesson.locator('[data-mark-complete-status]')).toHaveText('✓ Complete');
  // The tab that now shows "complete" unmarks it, and the others follow.
  await lesson.locator('[data-mark-complete-button]').click();
  await expect(path.locator('[data-progress-label]').first()).toHaveText(/^0 of \d+ steps complete$/);
  await expect(other.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'false');
});

test('progress saved by a newer version of the site is left as it is, and the page says nothing is saved', async ({
  page,
}) => {
  const problems = collectProblems(page);
  const newer = '{"version":99,"lessons":{"tensors":{"done":"2027-01-01T00:00:00Z"}}}';
  await seedOnce(page, newer);
  await page.goto('learn/');
  const notice = page.locator('[data-progress-notice]').first();
  await expect(notice).toContainText('changes made on this page are not saved');
  await page.goto(LESSON);
  await page.locator('[data-mark-complete-button]').click();
  await expect(page.locator('[data-mark-complete-button]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-mark-complete] [data-progress-notice]')).toContainText('not saved');
  expect(await page.evaluate(() => localStorage.getItem('dlc:progress'))).toBe(newer);
  expect(problems).toEqual([]);
});

test('progress saved in the first format (version 1) is carried over, not wiped', async ({ page }) => {
  await seedOnce(page, '{"version":1,"completed":{"tensors":"2026-11-20"},"lastVisited":"tensors"}');
  await page.goto('learn/');
  await expect(page.locator('[data-progress-label]').first()).toHaveText(/^1 of \d+ steps complete$/);
  await expect(page.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dlc:progress') ?? 'null'));
  expect(stored).toMatchObject({
    version: 2,
    completed: { tensors: '2026-11-20T00:00:00.000Z' },
    lastVisited: 'tensors',
  });
});

test('progress saved under the path as it shipped before re-sequencing still counts, step by step', async ({
  page,
}) => {
  // The 19 steps of the first beginner path, saved under their keys (lessons bare, other steps prefixed).
  const shipped = [
    'what-is-deep-learning',
    'setting-up',
    'tensors',
    'neurons-and-layers',
    'building-a-model',
    'loss-functions',
    'gradient-descent',
    'backpropagation',
    'training-loop',
    'difference/static-vs-dynamic-graphs',
    'loading-data',
    'overfitting-and-regularization',
    'evaluating-a-model',
    'saving-and-exporting',
    'first-image-classifier',
    'where-to-go-next',
    'framework/keras',
    'framework/tensorflow',
    'framework/pytorch',
  ];
  const completed = Object.fromEntries(shipped.map((key) => [key, '2026-11-20T10:00:00.000Z']));
  await seedOnce(
    page,
    JSON.stringify({ version: 2, completed, lastVisited: 'training-loop', lastVisitedAt: '2026-11-20T10:00:00.000Z' }),
  );
  await page.goto('learn/');
  await expect(page.locator('[data-progress-label]').first()).toHaveText(
    new RegExp(`^${shipped.length} of \\d+ steps complete$`),
  );
  for (const key of shipped) await expect(page.locator(`[data-step-status="${key}"]`)).toHaveText('✓ Complete');
});

test('progress exports to a file that imports into another browser; a wrong file is refused in words', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto(LESSON);
  await page.locator('[data-mark-complete-button]').click();
  await page.goto('learn/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('deep-learning-compass-progress.json');
  const file = await download.path();

  const elsewhere = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await elsewhere.newPage();
  await other.goto('learn/');
  const input = other.getByLabel('Import progress');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
  await expect(other.locator('[data-progress-status]')).toHaveText(
    'This file is not a progress export: it is not JSON.',
  );
  await input.setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version":99,"completed":{}}'),
  });
  await expect(other.locator('[data-progress-status]')).toContainText('exported by a newer version of this site');
  await expect(other.locator('[data-progress-label]').first()).toHaveText(/^0 of \d+ steps complete$/);
  await input.setInputFiles(file);
  await expect(other.locator('[data-progress-label]').first()).toHaveText(/^1 of \d+ steps complete$/);
  await expect(other.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  await expect(other.locator('[data-progress-status]')).toHaveText(/^Imported progress from .+\.$/);
  await elsewhere.close();
});

test('the home page offers to continue the path once the reader has progress', async ({ page }) => {
  await page.goto('');
  const start = page.getByRole('link', { name: /^Start “.+”$/ });
  await expect(start).toBeVisible();
  const firstHref = await start.getAttribute('href');
  await page.goto(LESSON);
  await page.locator('[data-mark-complete-button]').click();
  await page.goto('');
  const resume = page.locator('a[data-resume-steps]');
  await expect(resume).toHaveText(/^Continue with “.+”$/);
  await expect(resume).not.toHaveAttribute('href', firstHref ?? '');
  await expect(resume).not.toHaveAttribute('href', /\/learn\/tensors\/$/);
});
