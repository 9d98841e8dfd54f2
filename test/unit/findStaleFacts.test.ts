import { describe, expect, it } from 'vitest';
import { findStaleFacts } from '~/lib/findStaleFacts';
import { daysBetween, formatAge } from '~/lib/formatDate';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('formatAge', () => {
  it('says an age in the largest whole unit', () => {
    expect(daysBetween(day('2026-08-01'), new Date('2026-12-03T17:00:00Z'))).toBe(124);
    expect([0, 1, 30, 31, 124, 364, 365, 800].map(formatAge)).toEqual([
      'today',
      '1 day',
      '30 days',
      '1 month',
      '4 months',
      '11 months',
      '1 year',
      '2 years',
    ]);
  });
});

describe('findStaleFacts', () => {
  const profile = {
    collection: 'frameworks',
    id: 'pytorch',
    filePath: 'content/frameworks/pytorch.mdx',
    data: {
      facts: {
        license: { value: 'BSD-3-Clause', asOf: day('2026-08-01') },
        maintainer: { value: 'PyTorch Foundation', asOf: day('2026-01-01') },
      },
    },
  };

  it('names each fact checked more than 180 days ago, by file and field, and no fresher one', () => {
    expect(findStaleFacts([profile], day('2026-12-03'))).toEqual([
      {
        file: 'content/frameworks/pytorch.mdx',
        field: 'facts.maintainer.asOf',
        message: 'checked 2026-01-01, 11 months ago (more than 180 days): check it against its source again',
      },
    ]);
    expect(findStaleFacts([profile], day('2026-06-30'))).toEqual([]);
  });
});
