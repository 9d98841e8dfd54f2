import { describe, expect, it } from 'vitest';
import { checkQuizQuestion } from '~/lib/checkQuizQuestion';

describe('checkQuizQuestion', () => {
  it('accepts an answer that is one of the choices', () => {
    expect(checkQuizQuestion({ choices: ['ReLU', 'Sigmoid'], answer: 'ReLU' })).toEqual([]);
  });

  it('rejects an answer that is not among the choices, even by case or spacing', () => {
    for (const answer of ['relu', 'ReLU ', 'Tanh']) {
      expect(checkQuizQuestion({ choices: ['ReLU', 'Sigmoid'], answer }).map((problem) => problem.field)).toEqual([
        'answer',
      ]);
    }
  });

  it('rejects a choice that appears twice', () => {
    expect(checkQuizQuestion({ choices: ['A', 'B', 'A'], answer: 'B' })).toEqual([
      { field: 'choices', message: '"A" appears more than once' },
    ]);
  });
});
