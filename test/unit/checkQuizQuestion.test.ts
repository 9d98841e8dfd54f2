import { describe, expect, it } from 'vitest';
import { checkQuizQuestion, quizKind } from '~/lib/checkQuizQuestion';

const fields = (question: Parameters<typeof checkQuizQuestion>[0]) =>
  checkQuizQuestion(question).map((problem) => problem.field);

describe('checkQuizQuestion', () => {
  it('accepts an answer that is one of the choices', () => {
    expect(checkQuizQuestion({ choices: ['ReLU', 'Sigmoid'], answer: 'ReLU' })).toEqual([]);
  });

  it('rejects an answer that is not among the choices, even by case or spacing', () => {
    for (const answer of ['relu', 'ReLU ', 'Tanh']) {
      expect(fields({ choices: ['ReLU', 'Sigmoid'], answer })).toEqual(['answer']);
    }
  });

  it('rejects a choice that appears twice', () => {
    expect(checkQuizQuestion({ choices: ['A', 'B', 'A'], answer: 'B' })).toEqual([
      { field: 'choices', message: '"A" appears more than once' },
    ]);
  });

  it('needs exactly one of answer and answers', () => {
    expect(fields({ choices: ['A', 'B'] })).toEqual(['answer']);
    expect(fields({ choices: ['A', 'B', 'C'], answer: 'A', answers: ['A', 'B'] })).toEqual(['answers']);
  });

  it('accepts several right answers when at least one choice is wrong', () => {
    expect(checkQuizQuestion({ choices: ['A', 'B', 'C'], answers: ['A', 'C'] })).toEqual([]);
    expect(fields({ choices: ['A', 'B'], answers: ['A', 'B'] })).toEqual(['answers']);
  });

  it('rejects a checkbox answer that is not a choice, one answer alone, or one listed twice', () => {
    expect(checkQuizQuestion({ choices: ['A', 'B', 'C'], answers: ['A', 'D'] })).toEqual([
      { field: 'answers', message: 'every answer must be one of the choices, written the same: "D" is not' },
    ]);
    expect(fields({ choices: ['A', 'B', 'C'], answers: ['A'] })).toEqual(['answers']);
    expect(checkQuizQuestion({ choices: ['A', 'B', 'C'], answers: ['A', 'A'] })).toContainEqual({
      field: 'answers',
      message: '"A" appears more than once',
    });
  });

  it('keeps a predicted output to one right answer', () => {
    expect(checkQuizQuestion({ code: 'print(1)', choices: ['1', '2'], answer: '1' })).toEqual([]);
    expect(fields({ code: 'print(1)', choices: ['1', '2', '3'], answers: ['1', '2'] })).toEqual(['code']);
  });

  it('wants "all of the above" and its kin last', () => {
    expect(checkQuizQuestion({ choices: ['A', 'B', 'All of the above'], answer: 'A' })).toEqual([]);
    expect(checkQuizQuestion({ choices: ['None of the above', 'A', 'B'], answer: 'A' })).toEqual([
      { field: 'choices', message: '"None of the above" speaks about the other choices, so it must come last' },
    ]);
  });
});

describe('quizKind', () => {
  it('tells radio, checkbox and predict-the-output questions apart', () => {
    expect(quizKind({ choices: ['A', 'B'], answer: 'A' })).toBe('single');
    expect(quizKind({ choices: ['A', 'B', 'C'], answers: ['A', 'B'] })).toBe('multiple');
    expect(quizKind({ code: 'print(1)', choices: ['1', '2'], answer: '1' })).toBe('output');
  });
});
