import { describe, expect, it } from 'vitest';
import { describeSource } from '~/lib/describeSource';
import { formatDuration, pluralize } from '~/lib/formatDuration';
import { formatDate, isoDay } from '~/lib/formatDate';
import { splitHighlights } from '~/lib/splitHighlights';
import { FRAMEWORKS, isFramework } from '~/lib/taxonomy';
import { withBase } from '~/lib/withBase';

describe('withBase', () => {
  it('leaves paths alone at the domain root', () => {
    expect(withBase('/', '/learn/tensors/')).toBe('/learn/tensors/');
  });

  it('prefixes a sub-path with exactly one slash between', () => {
    expect(withBase('/guide/', '/learn/')).toBe('/guide/learn/');
    expect(withBase('/guide', 'learn/')).toBe('/guide/learn/');
    expect(withBase('/guide/', '/')).toBe('/guide/');
  });
});

describe('describeSource', () => {
  it('shortens URLs to host and path', () => {
    expect(describeSource('https://www.tensorflow.org/')).toBe('tensorflow.org');
    expect(describeSource('https://github.com/pytorch/pytorch')).toBe('github.com/pytorch/pytorch');
    expect(describeSource('https://docs.pytorch.org/docs/main/export.html')).toBe(
      'docs.pytorch.org/docs/…/export.html',
    );
  });
});

describe('formatDate', () => {
  it('formats calendar days in UTC whatever the machine time zone', () => {
    const day = new Date('2026-08-01');
    expect(formatDate(day)).toBe('1 Aug 2026');
    expect(isoDay(day)).toBe('2026-08-01');
  });
});

describe('splitHighlights', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(splitHighlights('use <mark>GradientTape</mark> to record')).toEqual([
      { text: 'use ', highlighted: false },
      { text: 'GradientTape', highlighted: true },
      { text: ' to record', highlighted: false },
    ]);
  });

  it('decodes entities and drops any other markup', () => {
    expect(splitHighlights('a &lt;b&gt; &amp; <script>alert(1)</script><mark>x</mark>')).toEqual([
      { text: 'a <b> & alert(1)', highlighted: false },
      { text: 'x', highlighted: true },
    ]);
  });
});

describe('isFramework', () => {
  it('accepts declared frameworks only', () => {
    for (const framework of FRAMEWORKS) expect(isFramework(framework)).toBe(true);
    expect(isFramework('jax')).toBe(false);
    expect(isFramework(null)).toBe(false);
  });
});

describe('formatDuration and pluralize', () => {
  it('reads minutes as a reader would', () => {
    expect(formatDuration(14)).toBe('14 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(200)).toBe('3 h 20 min');
  });

  it('uses the singular for one', () => {
    expect(pluralize(1, 'lesson')).toBe('1 lesson');
    expect(pluralize(15, 'lesson')).toBe('15 lessons');
  });
});
