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

  it('lets "..." inside a line stand for any text on that line only', () => {
    const shown = 'epoch 1: loss ..., val_loss ...\n...';
    expect(matchesOutput('epoch 1: loss 1.8994, val_loss 0.2850\nepoch 2: loss 0.1\n', shown)).toBe(true);
    expect(matchesOutput('epoch 2: loss 1.8994, val_loss 0.2850\n', shown)).toBe(false);
    expect(matchesOutput('tensor([1.5])\n', 'tensor([1.5])')).toBe(true);
    expect(matchesOutput('tensor([1x5])\n', 'tensor([1.5])')).toBe(false);
  });
});
