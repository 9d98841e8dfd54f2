import { describe, expect, it } from 'vitest';
import { extractPythonBlocks, notRunReason } from '~/lib/extractPythonBlocks';

describe('extractPythonBlocks', () => {
  it('finds python blocks, skips other languages, and reports the fence line', () => {
    const markdown = [
      '# T',
      '```python',
      'x = 1',
      '```',
      '```sh',
      'pip install x',
      '```',
      '~~~py',
      'y = 2',
      '~~~',
    ].join('\n');
    expect(extractPythonBlocks(markdown)).toEqual([
      { line: 2, code: 'x = 1', output: undefined },
      { line: 8, code: 'y = 2', output: undefined },
    ]);
  });

  it('removes the indentation of blocks nested in components', () => {
    const markdown = ['<Variant>', '  ```python', '  if x:', '      y()', '  ```', '</Variant>'].join('\n');
    expect(extractPythonBlocks(markdown)).toEqual([{ line: 2, code: 'if x:\n    y()', output: undefined }]);
  });

  it('pairs a block with the text block right after it, and only that one', () => {
    const markdown = [
      '```python',
      'print(2)',
      '```',
      '',
      '```text',
      '2',
      '```',
      '```python',
      'print(3)',
      '```',
      'Some prose.',
      '```text',
      'not its output',
      '```',
    ].join('\n');
    expect(extractPythonBlocks(markdown).map((block) => block.output)).toEqual(['2', undefined]);
  });
});

describe('notRunReason', () => {
  it('reads the reason a fence gives for not running its block', () => {
    expect(notRunReason('norun="Downloads MNIST."')).toBe('Downloads MNIST.');
    expect(notRunReason('title="x" norun="Needs a GPU."')).toBe('Needs a GPU.');
    expect(notRunReason('')).toBeUndefined();
    expect(notRunReason(undefined)).toBeUndefined();
    expect(notRunReason('xnorun="no"')).toBeUndefined();
  });

  it('is attached to the block it marks', () => {
    const markdown = ['```python norun="Starts torchrun."', 'import torch', '```'].join('\n');
    expect(extractPythonBlocks(markdown)[0]?.notRun).toBe('Starts torchrun.');
  });
});
