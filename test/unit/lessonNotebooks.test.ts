import { describe, expect, it } from 'vitest';
import { lessonNotebook, notebookFrameworks } from '~/lib/lessonNotebooks';

const body = [
  '',
  'import { FrameworkCode, Variant } from "~/components/user";',
  '',
  '## The idea: <Term id="tensor">tensors</Term>',
  '',
  'Prose only, no code.',
  '',
  '## Shared code',
  '',
  '```python',
  'import numpy as np',
  'print(np.ones(2))',
  '```',
  '',
  '```text',
  '[1. 1.]',
  '```',
  '',
  '## Per framework',
  '',
  '### Create',
  '',
  '<FrameworkCode>',
  '<Variant framework="keras">',
  '',
  '```python',
  '# Keras comment, not a heading',
  'import keras',
  '```',
  '',
  '</Variant>',
  '<Variant framework="pytorch">',
  '',
  '```python',
  'import torch',
  '```',
  '',
  '```python norun="needs a GPU"',
  'torch.ones(2, device="cuda")',
  '```',
  '',
  '</Variant>',
  '<Variant framework="tensorflow" notApplicable="No such thing." />',
  '</FrameworkCode>',
  '',
  '## Summary',
  '',
].join('\n');

const lesson = {
  id: 'tensors',
  title: 'Tensors',
  description: 'Grids of numbers.',
  body,
  url: '/learn/tensors/',
  frameworkName: 'PyTorch',
};

function texts(framework: string) {
  return lessonNotebook(lesson, framework).cells.map((cell) => `${cell.cell_type}: ${cell.source.join('')}`);
}

describe('lessonNotebook', () => {
  it('has a notebook for each framework with code in a tab', () => {
    expect(notebookFrameworks(body)).toEqual(['keras', 'pytorch']);
    expect(notebookFrameworks('```python\nprint(1)\n```')).toEqual(['numpy']);
    expect(notebookFrameworks('## Only prose')).toEqual([]);
  });

  it("holds the shared blocks and the framework's own, in order, under the headings that have code", () => {
    expect(texts('pytorch')).toEqual([
      expect.stringMatching(
        /^markdown: # Tensors \(PyTorch\)\n\nGrids of numbers\.\n\nThe code of the lesson \[Tensors\]\(\/learn\/tensors\/\)/,
      ),
      'markdown: ## Shared code',
      'code: import numpy as np\nprint(np.ones(2))',
      'markdown: ## Per framework',
      'markdown: ### Create',
      'code: import torch',
      expect.stringMatching(
        /^markdown: Not run in this notebook: needs a GPU .*\n\n```python\ntorch\.ones\(2, device="cuda"\)\n```$/s,
      ),
    ]);
    expect(texts('keras').slice(-1)).toEqual(['code: # Keras comment, not a heading\nimport keras']);
  });

  it('gives every cell a unique id, as nbformat 4.5 requires', () => {
    const ids = lessonNotebook(lesson, 'pytorch').cells.map((cell) => cell.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
