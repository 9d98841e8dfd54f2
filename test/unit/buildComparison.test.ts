import { describe, expect, it } from 'vitest';
import { buildComparison, frameworkPairs, pairSlug, type ComparedFramework } from '~/lib/buildComparison';

const asOf = new Date('2026-08-01');
const framework = (id: string, license: string): ComparedFramework => ({
  id,
  name: id.toUpperCase(),
  facts: {
    license: { value: license, source: `https://example.org/${id}/license`, asOf },
    apiLevels: { value: ['low', 'high'], source: `https://www.example.org/${id}/api`, asOf, note: 'approximate' },
  },
});
const verdict = (summary: string) => ({
  summary,
  detail: `${summary}.`,
  sources: [{ title: 'S', url: 'https://example.org/s' }],
});
const differences = [
  { id: 'api', title: 'API level', dimension: 'api-level', verdicts: { a: verdict('High'), b: verdict('Low') } },
  {
    id: 'data',
    title: 'Data loading',
    dimension: 'data-loading',
    verdicts: { a: verdict('fit'), b: verdict('loader') },
  },
];
const factRows = [
  { key: 'license', label: 'Licence' },
  { key: 'apiLevels', label: 'API levels', dimension: 'api-level' },
];

describe('buildComparison', () => {
  const rows = buildComparison([framework('a', 'MIT'), framework('b', 'BSD')], differences, factRows);

  it('has a row per fact, then a row per difference no fact covers', () => {
    expect(rows.map((row) => [row.key, row.differenceId])).toEqual([
      ['license', undefined],
      ['apiLevels', 'api'],
      ['data-loading', 'data'],
    ]);
  });

  it('fills every cell from the data, with its source and date', () => {
    expect(rows[0]?.cells).toEqual([
      {
        framework: 'a',
        value: 'MIT',
        sources: [{ title: 'example.org', url: 'https://example.org/a/license' }],
        asOf,
        note: undefined,
      },
      {
        framework: 'b',
        value: 'BSD',
        sources: [{ title: 'example.org', url: 'https://example.org/b/license' }],
        asOf,
        note: undefined,
      },
    ]);
    expect(rows[1]?.cells[0]?.note).toBe('approximate');
    expect(rows[2]?.cells.map((cell) => [cell.value, cell.sources.length])).toEqual([
      ['fit', 1],
      ['loader', 1],
    ]);
  });

  it('adds a column for a new framework and says where a verdict is missing', () => {
    const withThird = buildComparison(
      [framework('a', 'MIT'), framework('b', 'BSD'), framework('c', 'Apache')],
      differences,
      factRows,
    );
    expect(withThird.every((row) => row.cells.length === 3)).toBe(true);
    expect(withThird[2]?.cells[2]).toMatchObject({ framework: 'c', value: 'Not compared yet', sources: [] });
  });

  it('fails loudly when a profile lacks a listed fact', () => {
    const broken = { ...framework('a', 'MIT'), facts: {} };
    expect(() => buildComparison([broken], differences, factRows)).toThrow('a has no fact "license"');
  });
});

describe('frameworkPairs and pairSlug', () => {
  it('lists each unordered pair once, in declaration order', () => {
    expect(frameworkPairs(['keras', 'tensorflow', 'pytorch'])).toEqual([
      ['keras', 'tensorflow'],
      ['keras', 'pytorch'],
      ['tensorflow', 'pytorch'],
    ]);
    expect(frameworkPairs(['a', 'b', 'c', 'd'])).toHaveLength(6);
    expect(frameworkPairs(['a'])).toEqual([]);
  });

  it('names pair pages "<a>-vs-<b>"', () => {
    expect(pairSlug('keras', 'pytorch')).toBe('keras-vs-pytorch');
  });
});
