import { expect, test, type Locator } from '@playwright/test';

/** The lesson pages of the beginner path, in order, read from the path page. */
async function lessonHrefs(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto('learn/');
  const hrefs = await page
    .locator('ol.steps > li > a[href*="/learn/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  return hrefs;
}

async function check(question: Locator) {
  await question.getByRole('button', { name: 'Check answer' }).click();
}

test('always choosing the first option never gets full marks on any lesson quiz', async ({ page }) => {
  // Every lesson of the path, one after the other.
  test.setTimeout(180_000);
  let quizzes = 0;
  for (const href of await lessonHrefs(page)) {
    await page.goto(href);
    const questions = page.locator('[data-quiz-question]');
    const total = await questions.count();
    if (total === 0) continue;
    quizzes++;
    for (const question of await questions.all()) {
      // The first radio button or the first checkbox, and nothing else.
      await question.locator('input').first().check();
      await check(question);
    }
    const score = page.locator('[data-quiz-score]');
    await expect(score, href).toHaveText(
      new RegExp(`^Score so far: \\d+ of ${total} right \\(${total} checked\\)\\.$`),
    );
    const right = Number((await score.textContent())?.match(/(\d+) of/)?.[1]);
    expect(right, `${href}: first-option score`).toBeLessThan(total);
  }
  expect(quizzes).toBeGreaterThan(5);
});

test('a checkbox question says for each choice whether ticking it was right, and scores only the exact set', async ({
  page,
}) => {
  await page.goto('learn/training-loop/');
  const question = page.locator('[data-quiz-question][data-kind="multiple"]').first();
  await expect(question.getByRole('group')).toContainText('Tick every right answer.');
  const boxes = question.getByRole('checkbox');
  const count = await boxes.count();
  const answers = ((await question.getAttribute('data-answer')) ?? '').split(' ').map(Number);
  expect(answers.length).toBeGreaterThanOrEqual(2);
  const feedback = question.getByRole('status');

  await check(question);
  await expect(feedback).toHaveText('Tick at least one answer first.');

  // Keyboard only: Tab to the first right answer's box and tick it with Space; leave the others.
  const firstRight = answers[0] ?? 0;
  await boxes.nth(firstRight).focus();
  await page.keyboard.press('Space');
  await expect(boxes.nth(firstRight)).toBeChecked();
  await question.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText(
    new RegExp(`^Not quite: the right answers are “.+”\\. You ticked 1 of the ${answers.length} right answers\\.`),
  );
  const marks = question.locator('[data-quiz-mark]');
  await expect(marks.nth(firstRight)).toHaveText('— right, you ticked it');
  await expect(marks.nth(answers[1] ?? 0)).toHaveText('— also right: you missed it');
  const wrong = [...Array(count).keys()].find((index) => !answers.includes(index)) ?? 0;
  await expect(marks.nth(wrong)).toHaveText('— rightly left out');

  // Every box ticked: the wrong ones are named, and it is still not right.
  for (const box of await boxes.all()) await box.check();
  await check(question);
  await expect(feedback).toHaveAttribute('data-result', 'wrong');
  await expect(marks.nth(wrong)).toHaveText('— wrong: leave this one out');

  // Exactly the right set scores.
  for (const [index, box] of (await boxes.all()).entries()) await box.setChecked(answers.includes(index));
  await check(question);
  await expect(feedback).toHaveAttribute('data-result', 'correct');
  await expect(feedback).toContainText(/^Correct\. /);
});

test('a predict-the-output question shows the code and its choices as code', async ({ page }) => {
  await page.goto('learn/tensors/');
  const question = page.locator('[data-quiz-question][data-kind="output"]').first();
  await expect(question.locator('pre')).toContainText('print(x[:, 1])');
  await expect(question.locator('label code')).toHaveCount(await question.getByRole('radio').count());
  const answer = Number(await question.getAttribute('data-answer'));
  await question.getByRole('radio').nth(answer).check();
  await check(question);
  await expect(question.getByRole('status')).toContainText(/^Correct\. /);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a checkbox question names every right answer in its disclosure', async ({ page }) => {
    await page.goto('learn/training-loop/');
    const question = page.locator('[data-quiz-question][data-kind="multiple"]').first();
    const answers = ((await question.getAttribute('data-answer')) ?? '').split(' ').map(Number);
    const reveal = question.locator('.quiz__reveal');
    await reveal.getByText('Show the answer').click();
    await expect(reveal.locator('strong')).toHaveCount(answers.length);
    for (const [position, index] of answers.entries()) {
      const choice = (await question.locator('label').nth(index).textContent())?.trim() ?? '';
      await expect(reveal.locator('strong').nth(position)).toHaveText(choice);
    }
  });
});
