/**
 * Quiz feedback: checks the chosen answer (or, for checkboxes, every ticked box) and shows the explanation
 * and the score so far, in words (never by colour alone). Checkbox questions also say, next to each choice,
 * whether ticking or leaving it was right.
 */
import { judgeQuizAnswer, quotedList } from '~/lib/judgeQuizAnswer';

const questions = [...document.querySelectorAll<HTMLElement>('[data-quiz-question]')];
const score = document.querySelector<HTMLElement>('[data-quiz-score]');
const results = new Map<HTMLElement, boolean>();

for (const question of questions) {
  const feedback = question.querySelector<HTMLElement>('[data-quiz-feedback]');
  const explanation = question.querySelector('[data-quiz-explanation]')?.textContent ?? '';
  const inputs = [...question.querySelectorAll<HTMLInputElement>('input')];
  const choiceTexts = [...question.querySelectorAll('label > span:first-of-type')].map(
    (span) => span.textContent?.trim() ?? '',
  );
  const marks = [...question.querySelectorAll<HTMLElement>('[data-quiz-mark]')];
  const multiple = question.dataset['kind'] === 'multiple';
  const answers = (question.dataset['answer'] ?? '').split(' ').map(Number);
  question.querySelector('[data-quiz-check]')?.addEventListener('click', () => {
    if (!feedback) return;
    const ticked = inputs.flatMap((input, index) => (input.checked ? [index] : []));
    for (const mark of marks) mark.textContent = '';
    if (ticked.length === 0) {
      feedback.dataset['result'] = 'none';
      feedback.textContent = multiple ? 'Tick at least one answer first.' : 'Choose an answer first.';
      return;
    }
    const judged = judgeQuizAnswer(answers, ticked, choiceTexts.length);
    feedback.dataset['result'] = judged.correct ? 'correct' : 'wrong';
    const rightTexts = answers.map((index) => choiceTexts[index] ?? '');
    if (judged.correct) feedback.textContent = `Correct. ${explanation}`;
    else if (!multiple) feedback.textContent = `Not quite: the answer is “${rightTexts[0] ?? ''}”. ${explanation}`;
    else {
      feedback.textContent = `Not quite: the right answers are ${quotedList(rightTexts)}. ${judged.summary} ${explanation}`;
    }
    if (multiple) judged.perChoice.forEach((verdict, index) => marks[index] && (marks[index].textContent = verdict));
    results.set(question, judged.correct);
    if (score) {
      const right = [...results.values()].filter(Boolean).length;
      score.textContent = `Score so far: ${right} of ${questions.length} right (${results.size} checked).`;
    }
  });
}
