import { describe, expect, it } from 'vitest';
import { findNeighbours } from '~/lib/findNeighbours';
import { outlinePath } from '~/lib/outlinePath';

describe('outlinePath', () => {
  it('sorts steps by order and groups them into numbered units', () => {
    const units = outlinePath([
      { id: 'c', order: 3, unit: 'Training' },
      { id: 'a', order: 1, unit: 'Basics' },
      { id: 'b', order: 2, unit: 'Basics' },
    ]);
    expect(units.map((unit) => [unit.number, unit.title, unit.steps.map((step) => step.id)])).toEqual([
      [1, 'Basics', ['a', 'b']],
      [2, 'Training', ['c']],
    ]);
  });

  it('keeps the path order when a unit comes back later', () => {
    const units = outlinePath([
      { id: 'a', order: 1, unit: 'Basics' },
      { id: 'b', order: 2, unit: 'Project' },
      { id: 'c', order: 3, unit: 'Basics' },
    ]);
    expect(units.map((unit) => unit.title)).toEqual(['Basics', 'Project', 'Basics']);
  });

  it('returns no units for an empty path', () => {
    expect(outlinePath([])).toEqual([]);
  });
});

describe('findNeighbours', () => {
  const steps = ['a', 'b', 'c'];

  it('finds the steps around the current one', () => {
    expect(findNeighbours(steps, (step) => step === 'b')).toEqual({ previous: 'a', next: 'c' });
  });

  it('has no previous at the start and no next at the end', () => {
    expect(findNeighbours(steps, (step) => step === 'a')).toEqual({ previous: undefined, next: 'b' });
    expect(findNeighbours(steps, (step) => step === 'c')).toEqual({ previous: 'b', next: undefined });
  });

  it('has no neighbours for a page that is not on the path', () => {
    expect(findNeighbours(steps, (step) => step === 'z')).toEqual({ previous: undefined, next: undefined });
  });
});
