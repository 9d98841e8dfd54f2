import { describe, expect, it } from 'vitest';
import { judgeQuizAnswer, quotedList } from '~/lib/judgeQuizAnswer';

describe('judgeQuizAnswer', () => {
  it('gives full marks only for exactly the right choices', () => {
    expect(judgeQuizAnswer([2], [2], 4).correct).toBe(true);
    expect(judgeQuizAnswer([0, 2], [0, 2], 4).correct).toBe(true);
    expect(judgeQuizAnswer([0, 2], [0], 4).correct).toBe(false);
    expect(judgeQuizAnswer([0, 2], [0, 1, 2, 3], 4).correct).toBe(false);
    expect(judgeQuizAnswer([2], [0], 4).correct).toBe(false);
  });

  it('says for every choice whether ticking or leaving it was right', () => {
    const judged = judgeQuizAnswer([0, 2], [0, 1], 4);
    expect(judged.perChoice).toEqual([
      '— right, you ticked it',
      '— wrong: leave this one out',
      '— also right: you missed it',
      '— rightly left out',
    ]);
    expect(judged.summary).toBe('You ticked 1 of the 2 right answers and 1 wrong one.');
    expect(judgeQuizAnswer([0, 2], [0], 3).summary).toBe('You ticked 1 of the 2 right answers.');
  });
});

describe('quotedList', () => {
  it('quotes choices and joins them for a sentence', () => {
    expect(quotedList(['A'])).toBe('“A”');
    expect(quotedList(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });
});
