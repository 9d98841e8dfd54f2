/** Quiz feedback: checks the chosen answer and shows the explanation, in words (never by colour alone). */
for (const question of document.querySelectorAll<HTMLElement>('[data-quiz-question]')) {
  const feedback = question.querySelector<HTMLElement>('[data-quiz-feedback]');
  const explanation = question.querySelector('[data-quiz-explanation]')?.textContent ?? '';
  const labels = [...question.querySelectorAll<HTMLLabelElement>('label')];
  const answer = Number(question.dataset['answer']);
  question.querySelector('[data-quiz-check]')?.addEventListener('click', () => {
    if (!feedback) return;
    const chosen = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!chosen) {
      feedback.dataset['result'] = 'none';
      feedback.textContent = 'Choose an answer first.';
      return;
    }
    const correct = Number(chosen.value) === answer;
    const answerText = labels[answer]?.textContent?.trim() ?? '';
    feedback.dataset['result'] = correct ? 'correct' : 'wrong';
    feedback.textContent = correct
      ? `Correct. ${explanation}`
      : `Not quite: the answer is “${answerText}”. ${explanation}`;
  });
}
