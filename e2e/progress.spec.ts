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
  const total = await stepLinks.count();
  const firstHref = await stepLinks.first().getAttribute('href');
  await expect(page.locator('[data-progress-label]')).toHaveText(new RegExp(`^0 of ${total} steps? complete$`));
  await expect(page.locator('[data-resume-link]')).toHaveAttribute('href', firstHref ?? '');

  await page.goto(LESSON);
  const button = page.getByRole('button', { name: 'Mark as complete' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-mark-complete-status]')).toHaveText('✓ Complete');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('learn/');
  await expect(page.locator('[data-progress-label]')).toHaveText(new RegExp(`^1 of ${total} steps? complete$`));
  await expect(page.locator('[data-progress-bar]')).toHaveAttribute('value', '1');
  await expect(page.locator('[data-step-status="tensors"]')).toHaveText('✓ Complete');
  const resume = page.locator('[data-resume-link]');
  if (total > 1) {
    await expect(resume).toHaveText(/^Continue with “.+”$/);
    await expect(resume).not.toHaveAttribute('href', /\/learn\/tensors\/$/);
  }

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('[data-progress-label]')).toHaveText(new RegExp(`^0 of ${total} steps? complete$`));
  await expect(page.locator('[data-step-status="tensors"]')).toHaveText('');
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('dlc:progress'))).toBeNull();
  expect(problems).toEqual([]);
});

for (const [name, value] of [
  ['corrupt JSON', '{"version":1,"completed":'],
  ['an old version', '{"version":0,"done":["tensors"]}'],
  ['foreign data', '["not","ours"]'],
] as const) {
  test(`progress stored as ${name} is ignored and replaced, with no console error`, async ({ page }) => {
    const problems = collectProblems(page);
    await page.addInitScript((stored) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('dlc:progress', stored);
        sessionStorage.setItem('seeded', '1');
      }
    }, value);
    await page.goto('learn/');
    await expect(page.locator('[data-progress-label]')).toHaveText(/^0 of \d+ steps? complete$/);
    const replaced = await page.evaluate(() => JSON.parse(localStorage.getItem('dlc:progress') ?? 'null'));
    expect(replaced).toEqual({ version: 1, completed: {}, lastVisited: null });
    await page.goto(LESSON);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveAttribute('aria-pressed', 'true');
    expect(problems).toEqual([]);
  });
}
