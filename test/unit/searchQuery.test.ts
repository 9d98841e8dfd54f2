import { describe, expect, it } from 'vitest';
import { formatSearchQuery, parseSearchQuery } from '~/lib/searchQuery';

const allowed = { type: ['Lesson', 'Glossary'], framework: ['Keras', 'PyTorch'] };

describe('parseSearchQuery', () => {
  it('reads the words and the filter values', () => {
    expect(parseSearchQuery('?q=save+model&type=Lesson&framework=PyTorch&framework=Keras', allowed)).toEqual({
      q: 'save model',
      filters: { type: ['Lesson'], framework: ['PyTorch', 'Keras'] },
    });
  });

  it('drops filters and values the page does not offer', () => {
    expect(parseSearchQuery('?type=<img>&level=expert&framework=Keras', allowed)).toEqual({
      q: '',
      filters: { type: [], framework: ['Keras'] },
    });
  });
});

describe('formatSearchQuery', () => {
  it('round-trips, in a stable order', () => {
    const query = { q: 'tensor', filters: { type: ['Lesson'], framework: ['PyTorch', 'Keras'] } };
    const text = formatSearchQuery(query);
    expect(text).toBe('?q=tensor&framework=Keras&framework=PyTorch&type=Lesson');
    expect(parseSearchQuery(text, allowed)).toEqual({
      q: 'tensor',
      filters: { type: ['Lesson'], framework: ['Keras', 'PyTorch'] },
    });
  });

  it('is empty for an empty search', () => {
    expect(formatSearchQuery({ q: '', filters: { type: [] } })).toBe('');
  });
});
