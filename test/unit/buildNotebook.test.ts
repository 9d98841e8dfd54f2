import { describe, expect, it } from 'vitest';
import { buildNotebook } from '~/lib/buildNotebook';

const code =
  '"""Add one."""\nimport torch\n\n# Make a tensor.\nx = torch.tensor([1.0])\n\n# Add one and print.\nprint(x + 1)\n';

describe('buildNotebook', () => {
  const notebook = buildNotebook({ title: 'Add one', explanation: 'Adds one.', code, idPrefix: 'add-one-pytorch' });

  it('is nbformat 4.5 with a Python kernel', () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBe(5);
    expect(notebook.metadata.kernelspec).toEqual({ name: 'python3', display_name: 'Python 3', language: 'python' });
  });

  it('opens with the explanation, then the file split at its commented sections', () => {
    expect(notebook.cells.map((cell) => cell.cell_type)).toEqual(['markdown', 'code', 'code', 'code']);
    expect(notebook.cells[0]?.source).toEqual(['# Add one\n', '\n', 'Adds one.']);
    expect(notebook.cells[2]?.source).toEqual(['# Make a tensor.\n', 'x = torch.tensor([1.0])']);
  });

  it('keeps every line of the file, in order', () => {
    const joined = notebook.cells
      .slice(1)
      .map((cell) => cell.source.join(''))
      .join('\n\n');
    expect(joined).toBe(code.trimEnd());
  });

  it('gives every cell a unique id and empty outputs', () => {
    const ids = notebook.cells.map((cell) => cell.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of notebook.cells) {
      if (cell.cell_type === 'code') {
        expect(cell.outputs).toEqual([]);
        expect(cell.execution_count).toBeNull();
      }
    }
  });
});
