import type { ContentError } from './findContentErrors';
import type { QuizKind } from './checkQuizQuestion';

/** One quiz as the position check sees it: where it is written and its questions in order. */
export interface QuizForCheck {
  /** Path of the file that holds the quiz, relative to the project root. */
  file: string;
  /** The frontmatter field that holds it, e.g. `quiz`. */
  field: string;
  questions: readonly { kind: QuizKind; choices: readonly string[]; answers: readonly string[] }[];
}

/** Above this share of the site's one-answer questions in one position, "always pick that one" pays. */
export const MAX_POSITION_SHARE = 0.4;
/** The site-wide share is only judged from this many questions on: with 2, one position always holds 50 %. */
export const MIN_QUESTIONS_FOR_SHARE = 5;
/** A quiz this long needs a question that recall and elimination cannot answer (checkboxes or output). */
export const MIN_QUESTIONS_FOR_KINDS = 3;

type Position = { from: 'start'; index: number } | { from: 'end' };

/**
 * Finds quizzes whose right answers give themselves away by their place: every one-answer question of a
 * quiz with its answer in the same place (first, second… or last), or, across the site, more than 40 % of
 * them in one place. Checkbox questions do not count: no single place answers them. Also finds quizzes of
 * three or more questions that are all one-answer recall, with no checkbox or predict-the-output question.
 */
export function findQuizPositionErrors(quizzes: readonly QuizForCheck[]): ContentError[] {
  const errors: ContentError[] = [];
  const placed: { file: string; index: number; last: boolean }[] = [];
  for (const quiz of quizzes) {
    const own = quiz.questions
      .filter((question) => question.kind !== 'multiple' && question.answers.length === 1)
      .map((question) => {
        const index = question.choices.indexOf(question.answers[0] ?? '');
        return { file: quiz.file, index, last: index === question.choices.length - 1 };
      })
      .filter((answer) => answer.index >= 0);
    placed.push(...own);
    const first = own[0];
    if (own.length >= 2 && first) {
      if (own.every((answer) => answer.index === first.index)) {
        errors.push(sameEverywhere(quiz, { from: 'start', index: first.index }));
      } else if (own.every((answer) => answer.last)) {
        errors.push(sameEverywhere(quiz, { from: 'end' }));
      }
    }
    if (
      quiz.questions.length >= MIN_QUESTIONS_FOR_KINDS &&
      quiz.questions.every((question) => question.kind === 'single')
    ) {
      errors.push({
        file: quiz.file,
        field: quiz.field,
        message:
          'every question is single-choice: add one with several right answers (answers: [...]) or one that predicts the output of code (code: |)',
      });
    }
  }
  if (placed.length < MIN_QUESTIONS_FOR_SHARE) return errors;
  const positions: Position[] = [...new Set(placed.map((answer) => answer.index))].map((index): Position => ({
    from: 'start',
    index,
  }));
  positions.push({ from: 'end' });
  const reported = new Set<number>();
  for (const position of positions) {
    const here = placed.filter((answer) => (position.from === 'end' ? answer.last : answer.index === position.index));
    if (here.length <= MAX_POSITION_SHARE * placed.length) continue;
    if (position.from === 'start') reported.add(position.index);
    // "Last" is the same finding again when every such answer sits at an index already reported.
    else if (here.every((answer) => reported.has(answer.index))) continue;
    const perFile = new Map<string, number>();
    for (const answer of here) perFile.set(answer.file, (perFile.get(answer.file) ?? 0) + 1);
    const worst = [...perFile].sort((a, b) => b[1] - a[1]);
    const [file = ''] = worst[0] ?? [];
    errors.push({
      file,
      field: quizzes.find((quiz) => quiz.file === file)?.field ?? 'quiz',
      message:
        `${here.length} of the site's ${placed.length} one-answer questions (${Math.round((100 * here.length) / placed.length)} %) ` +
        `have their right answer ${describe(position)}, more than ${MAX_POSITION_SHARE * 100} %: move some, starting with ` +
        worst.map(([name, count]) => `${name} (${count})`).join(', '),
    });
  }
  return errors;
}

function sameEverywhere(quiz: QuizForCheck, position: Position): ContentError {
  return {
    file: quiz.file,
    field: quiz.field,
    message: `every one-answer question has its right answer ${describe(position)}: vary the position, or "always pick that one" scores full marks`,
  };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function describe(position: Position): string {
  if (position.from === 'end') return 'as the last choice';
  return `as the ${ORDINALS[position.index] ?? `number ${position.index + 1}`} choice`;
}
