import { describe, expect, it } from 'vitest';
import { findUnexplainedTerms } from '~/lib/findUnexplainedTerms';

const TERMS = [
  { id: 'gradient', names: ['Gradient', 'grad'], taughtIn: [] },
  { id: 'gradient-descent', names: ['Gradient descent'], taughtIn: ['descent'] },
  { id: 'gpu', names: ['GPU'], taughtIn: [] },
  { id: 'deep-learning', names: ['Deep learning'], taughtIn: [] },
];

const lesson = (id: string, body: string) => ({ id, body });

describe('findUnexplainedTerms', () => {
  it('names the lesson, term, words, line and sentence of a use before the link', () => {
    const body =
      'Intro line.\n\nDeep learning is everywhere. It is fun.\n\n- <Term id="deep-learning">Deep learning</Term> is a field.';
    expect(findUnexplainedTerms([lesson('a', body)], TERMS)).toEqual([
      { lesson: 'a', term: 'deep-learning', word: 'Deep learning', line: 3, sentence: 'Deep learning is everywhere.' },
    ]);
  });

  it('accepts a first use that is the link, or a link later in the same sentence', () => {
    const linked = 'Each step follows the <Term id="gradient">gradients</Term>. Later the gradient again.';
    const sameSentence = 'The slope, here a gradient, is called the <Term id="gradient">gradient</Term>.';
    expect(findUnexplainedTerms([lesson('a', linked), lesson('b', sameSentence)], TERMS)).toEqual([]);
  });

  it('lets later lessons use a term that an earlier lesson linked or teaches, but not earlier ones', () => {
    const lessons = [
      lesson('a', 'We will use a GPU.'),
      lesson('b', 'A <Term id="gpu">GPU</Term> is fast.'),
      lesson('c', 'Your GPU is idle.'),
      lesson('descent', 'Plain gradient descent here.'),
      lesson('e', 'Gradient descent again.'),
    ];
    expect(findUnexplainedTerms(lessons, TERMS).map((found) => [found.lesson, found.term])).toEqual([
      ['a', 'gpu'],
      ['descent', 'gradient-descent'],
    ]);
  });

  it('counts the longest name: "gradient descent" is not a use of "gradient"', () => {
    const found = findUnexplainedTerms([lesson('a', 'Run [gradient descent](/learn/descent/) now.')], TERMS);
    // A link to the lesson that teaches the term explains it.
    expect(found).toEqual([]);
  });

  it('ignores code, headings, tags and their attributes, and keeps case for all-caps names', () => {
    const body = [
      '## Gradient basics',
      '',
      '```python',
      'print(w.grad)',
      '```',
      '',
      'Call `w.grad` or <Figure caption="a gradient">x</Figure>. A gpu in lower case is not the acronym.',
    ].join('\n');
    expect(findUnexplainedTerms([lesson('a', body)], TERMS)).toEqual([]);
  });
});
