import { describe, expect, it } from 'vitest';
import { findQuizOutputErrors } from '~/lib/findQuizOutputErrors';

const BODY = [
  'Some prose.',
  '',
  '```python',
  'x = [1, 2, 3]',
  'print(len(x))   # three items',
  'print(x[0])',
  '```',
  '',
  '```text',
  '3',
  '1',
  '```',
].join('\n');

const lesson = (code: string, answer: string) => ({
  file: 'content/lessons/a.mdx',
  body: BODY,
  questions: [
    { kind: 'single', answers: ['x'] },
    { kind: 'output', code, answers: [answer] },
  ],
});

describe('findQuizOutputErrors', () => {
  it('accepts code taken from a block, comments and lines left out, with an answer from its output', () => {
    expect(findQuizOutputErrors([lesson('x = [1, 2, 3]\nprint(len(x))\n', '3')])).toEqual([]);
    expect(findQuizOutputErrors([lesson('x = [1, 2, 3]\nprint(x[0])\n', '3\n1')])).toEqual([]);
  });

  it('names code that is not in the lesson', () => {
    expect(findQuizOutputErrors([lesson('x = [1, 2]\nprint(len(x))\n', '2')])).toEqual([
      {
        file: 'content/lessons/a.mdx',
        field: 'quiz.1.code',
        message: 'is not taken from a python code block of this lesson (same lines, same order; comments may go)',
      },
    ]);
  });

  it('names an answer that the lesson does not show as output', () => {
    expect(findQuizOutputErrors([lesson('print(len(x))', '4')]).map((error) => error.field)).toEqual(['quiz.1.answer']);
    // Lines of the output, but not one after the other.
    expect(findQuizOutputErrors([lesson('print(len(x))', '1\n3')]).map((error) => error.field)).toEqual([
      'quiz.1.answer',
    ]);
  });
});
