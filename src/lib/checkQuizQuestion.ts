/** A problem with one quiz question, located by its field. */
export interface QuizProblem {
  field: 'answer' | 'answers' | 'choices' | 'code';
  message: string;
}

/** A quiz question as its author wrote it: one right `answer`, or several right `answers`. */
export interface AuthoredQuizQuestion {
  choices: readonly string[];
  answer?: string | undefined;
  answers?: readonly string[] | undefined;
  code?: string | undefined;
}

/** A choice that speaks about the others ("All of the above"): it only makes sense in the last place. */
const ABOUT_THE_OTHERS = /\b(?:all|none|both|neither) of (?:the above|them|these|the others)\b/i;

/**
 * Checks what a schema alone cannot: exactly one of `answer` and `answers`, every answer one of the
 * choices written the same, no choice twice (the reader could not tell which one is meant), at least one
 * wrong choice in a checkbox question (else ticking everything scores), a one-answer question for
 * predicted output, and "all of the above"-style choices last.
 */
export function checkQuizQuestion(question: AuthoredQuizQuestion): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const { choices, answer, answers } = question;
  if (answer === undefined && answers === undefined) {
    problems.push({
      field: 'answer',
      message: 'give answer (the one right choice) or answers (a list, for a question with several right choices)',
    });
  }
  if (answer !== undefined && answers !== undefined) {
    problems.push({ field: 'answers', message: 'give answer or answers, not both' });
  }
  if (answer !== undefined && !choices.includes(answer)) {
    problems.push({
      field: 'answer',
      message: `answer must be one of the choices, written the same: "${answer}" is not`,
    });
  }
  if (answers !== undefined) {
    for (const right of answers.filter((right) => !choices.includes(right))) {
      problems.push({
        field: 'answers',
        message: `every answer must be one of the choices, written the same: "${right}" is not`,
      });
    }
    if (answers.length < 2) {
      problems.push({ field: 'answers', message: 'a question with one right choice uses answer, not answers' });
    }
    if (choices.every((choice) => answers.includes(choice))) {
      problems.push({ field: 'answers', message: 'at least one choice must be wrong, or ticking every box scores' });
    }
    for (const right of new Set(answers.filter((right, index) => answers.indexOf(right) !== index))) {
      problems.push({ field: 'answers', message: `"${right}" appears more than once` });
    }
  }
  if (question.code !== undefined && answers !== undefined) {
    problems.push({ field: 'code', message: 'a predict-the-output question has one right output: use answer' });
  }
  const repeated = choices.filter((choice, index) => choices.indexOf(choice) !== index);
  for (const choice of new Set(repeated))
    problems.push({ field: 'choices', message: `"${choice}" appears more than once` });
  choices.forEach((choice, index) => {
    if (index < choices.length - 1 && ABOUT_THE_OTHERS.test(choice)) {
      problems.push({ field: 'choices', message: `"${choice}" speaks about the other choices, so it must come last` });
    }
  });
  return problems;
}

/** Which kind of question the reader sees: radio buttons, checkboxes, or code whose output to predict. */
export type QuizKind = 'single' | 'multiple' | 'output';

/** The kind of a (valid) authored question. */
export function quizKind(question: AuthoredQuizQuestion): QuizKind {
  if (question.answers !== undefined) return 'multiple';
  return question.code === undefined ? 'single' : 'output';
}
