import { describe, expect, it } from 'vitest';
import { findQuizPositionErrors, type QuizForCheck } from '~/lib/findQuizPositionErrors';

const CHOICES = ['A', 'B', 'C', 'D'];
/** A one-answer question whose right answer is at `index`. */
const at = (index: number) => ({ kind: 'single' as const, choices: CHOICES, answers: [CHOICES[index] ?? ''] });
const ticks = { kind: 'multiple' as const, choices: CHOICES, answers: ['A', 'B'] };
const quiz = (file: string, ...questions: QuizForCheck['questions']): QuizForCheck => ({
  file,
  field: 'quiz',
  questions,
});

describe('findQuizPositionErrors', () => {
  it('accepts quizzes whose answers move around and that hold a checkbox question', () => {
    expect(findQuizPositionErrors([quiz('a.mdx', at(1), at(3), ticks), quiz('b.mdx', at(0), at(2), ticks)])).toEqual(
      [],
    );
  });

  it('names a quiz whose one-answer questions all have the answer in the same place', () => {
    expect(findQuizPositionErrors([quiz('a.mdx', at(1), at(1), ticks), quiz('b.mdx', at(0), at(2))])).toEqual([
      {
        file: 'a.mdx',
        field: 'quiz',
        message:
          'every one-answer question has its right answer as the second choice: vary the position, or "always pick that one" scores full marks',
      },
    ]);
  });

  it('counts "always the last choice" as one place, whatever the number of choices', () => {
    const short = { kind: 'single' as const, choices: ['A', 'B', 'C'], answers: ['C'] };
    const [error] = findQuizPositionErrors([quiz('a.mdx', short, at(3))]);
    expect(error?.message).toMatch(/as the last choice/);
  });

  it('fails a site where more than 40 % of the answers sit in one place, naming the files that hold them', () => {
    const errors = findQuizPositionErrors([
      quiz('a.mdx', at(0), at(1), ticks),
      quiz('b.mdx', at(0), at(2), ticks),
      quiz('c.mdx', at(0), at(3), ticks),
    ]);
    expect(errors).toEqual([
      {
        file: 'a.mdx',
        field: 'quiz',
        message:
          "3 of the site's 6 one-answer questions (50 %) have their right answer as the first choice, more than 40 %: move some, starting with a.mdx (1), b.mdx (1), c.mdx (1)",
      },
    ]);
  });

  it('accepts exactly 40 %, and judges no share below five questions', () => {
    expect(
      findQuizPositionErrors([quiz('a.mdx', at(0), at(1), ticks), quiz('b.mdx', at(0), at(2), at(3), ticks)]),
    ).toEqual([]);
    expect(findQuizPositionErrors([quiz('a.mdx', at(0)), quiz('b.mdx', at(0))])).toEqual([]);
  });

  it('asks a quiz of three or more questions for one that is not single-choice', () => {
    const errors = findQuizPositionErrors([quiz('a.mdx', at(0), at(1), at(2))]);
    expect(errors.map((error) => [error.file, error.message])).toEqual([
      [
        'a.mdx',
        'every question is single-choice: add one with several right answers (answers: [...]) or one that predicts the output of code (code: |)',
      ],
    ]);
    const output = { ...at(3), kind: 'output' as const };
    expect(findQuizPositionErrors([quiz('a.mdx', at(0), at(1), output)])).toEqual([]);
  });
});
