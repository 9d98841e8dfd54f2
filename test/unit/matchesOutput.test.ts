import { describe, expect, it } from 'vitest';
import { matchesOutput } from '~/lib/matchesOutput';

describe('matchesOutput', () => {
  it('matches exactly, ignoring trailing spaces and final newlines', () => {
    expect(matchesOutput('(2, 3)  \nfloat32\n\n', '(2, 3)\nfloat32')).toBe(true);
    expect(matchesOutput('(2, 3)\nfloat64\n', '(2, 3)\nfloat32')).toBe(false);
    expect(matchesOutput('(2, 3)\n', '(2, 3)\nfloat32')).toBe(false);
  });

  it('lets a "..." line stand for any number of printed lines, including none', () => {
    const shown = 'epoch 1\n...\ndone';
    expect(matchesOutput('epoch 1\nloss 0.5\nloss 0.4\ndone\n', shown)).toBe(true);
    expect(matchesOutput('epoch 1\ndone\n', shown)).toBe(true);
    expect(matchesOutput('epoch 1\nloss 0.5\n', shown)).toBe(false);
  });
});
