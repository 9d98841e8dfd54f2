import { describe, expect, it } from 'vitest';
import { extractPythonBlocks } from '~/lib/extractPythonBlocks';

describe('extractPythonBlocks', () => {
  it('finds python blocks, skips other languages, and reports the fence line', () => {
    const markdown = ['# T', '```python', 'x = 1', '```', '```text', 'not code', '```', '~~~py', 'y = 2', '~~~'].join(
      '\n',
    );
    expect(extractPythonBlocks(markdown)).toEqual([
      { line: 2, code: 'x = 1' },
      { line: 8, code: 'y = 2' },
    ]);
  });

  it('removes the indentation of blocks nested in components', () => {
    const markdown = ['<Variant>', '  ```python', '  if x:', '      y()', '  ```', '</Variant>'].join('\n');
    expect(extractPythonBlocks(markdown)).toEqual([{ line: 2, code: 'if x:\n    y()' }]);
  });
});
