/** A problem with one quiz question, located by its field. */
export interface QuizProblem {
  field: 'answer' | 'choices';
  message: string;
}

/**
 * Checks what a schema alone cannot: the answer must be one of the choices, written the same, and no
 * choice may appear twice (the reader could not tell which one is meant).
 */
export function checkQuizQuestion(question: { choices: readonly string[]; answer: string }): QuizProblem[] {
  const problems: QuizProblem[] = [];
  if (!question.choices.includes(question.answer)) {
    problems.push({
      field: 'answer',
      message: `answer must be one of the choices, written the same: "${question.answer}" is not`,
    });
  }
  const repeated = question.choices.filter((choice, index) => question.choices.indexOf(choice) !== index);
  for (const choice of new Set(repeated))
    problems.push({ field: 'choices', message: `"${choice}" appears more than once` });
  return problems;
}
