import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isComplete,
  mergeProgress,
  parseProgress,
  recordVisit,
  serializeProgress,
  setComplete,
  summarizeProgress,
} from '~/lib/progress';

const path = ['intro', 'tensors', 'layers', 'training'];

const T1 = '2026-11-27T09:00:00.000Z';
const T2 = '2026-11-28T10:30:00.000Z';

describe('parseProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ kind: 'ok', progress: emptyProgress(), damaged: false, migrated: false });
  });

  it('round-trips a valid value', () => {
    const progress = recordVisit(setComplete(emptyProgress(), 'tensors', true, T1), 'layers', T2);
    expect(parseProgress(serializeProgress(progress))).toEqual({
      kind: 'ok',
      progress,
      damaged: false,
      migrated: false,
    });
  });

  it.each([
    ['corrupt JSON', '{"version":1,"completed":', 'it is not JSON'],
    ['a bare string', '"hello"', 'it is not a progress object'],
    ['an array', '[1,2]', 'it is not a progress object'],
    ['null JSON', 'null', 'it is not a progress object'],
    [
      'a version never shipped',
      '{"version":0,"completed":{"tensors":"2026-01-01"},"lastVisited":null}',
      'it has no version number',
    ],
    ['a foreign shape', '{"done":["tensors"]}', 'it has no version number'],
    ['no completions', '{"version":2,"lastVisited":null}', 'it has no list of completed lessons'],
  ])('reads %s as unreadable, saying why', (_, raw, reason) => {
    expect(parseProgress(raw)).toEqual({ kind: 'unreadable', reason });
  });

  it('reports a newer version instead of discarding it', () => {
    expect(parseProgress('{"version":3,"lessons":{"tensors":{"done":true}}}')).toEqual({ kind: 'newer', version: 3 });
  });

  it('migrates version 1 (a day per completion, no visit time) without losing a completion', () => {
    const v1 = JSON.stringify({
      version: 1,
      completed: { tensors: '2026-11-01', layers: '2026-11-02' },
      lastVisited: 'layers',
    });
    expect(parseProgress(v1)).toEqual({
      kind: 'ok',
      progress: {
        version: 2,
        completed: { tensors: '2026-11-01T00:00:00.000Z', layers: '2026-11-02T00:00:00.000Z' },
        lastVisited: 'layers',
        lastVisitedAt: null,
      },
      damaged: false,
      migrated: true,
    });
  });

  it('keeps the good entries of a partly damaged value and says it was damaged', () => {
    const raw = JSON.stringify({
      version: 2,
      completed: { tensors: T1, '<img src=x>': T1, layers: 42, training: '2026-02-30T00:00:00Z' },
      lastVisited: { evil: true },
      lastVisitedAt: T2,
    });
    expect(parseProgress(raw)).toEqual({
      kind: 'ok',
      progress: { version: 2, completed: { tensors: T1 }, lastVisited: null, lastVisitedAt: null },
      damaged: true,
      migrated: false,
    });
  });
});

describe('mergeProgress', () => {
  it('keeps every completion of both, with the earlier time, and the later visit', () => {
    const here = recordVisit(
      setComplete(setComplete(emptyProgress(), 'intro', true, T2), 'layers', true, T2),
      'layers',
      T1,
    );
    const there = recordVisit(setComplete(emptyProgress(), 'intro', true, T1), 'tensors', T2);
    expect(mergeProgress(here, there)).toEqual({
      version: 2,
      completed: { intro: T1, layers: T2 },
      lastVisited: 'tensors',
      lastVisitedAt: T2,
    });
    expect(mergeProgress(there, here).lastVisited).toBe('tensors');
    expect(mergeProgress(here, emptyProgress())).toEqual(here);
  });
});

describe('setComplete', () => {
  it('marks and unmarks a lesson without touching the input', () => {
    const start = emptyProgress();
    const done = setComplete(start, 'intro', true, T1);
    expect(done.completed).toEqual({ intro: T1 });
    expect(start.completed).toEqual({});
    expect(setComplete(done, 'intro', false, T2).completed).toEqual({});
  });

  it('keeps the first completion date when marked again', () => {
    const once = setComplete(emptyProgress(), 'intro', true, T1);
    expect(setComplete(once, 'intro', true, T2).completed['intro']).toBe(T1);
  });
});

describe('isComplete', () => {
  it('only counts lessons the reader completed, not names inherited by every object', () => {
    const progress = setComplete(emptyProgress(), 'intro', true, T1);
    expect(isComplete(progress, 'intro')).toBe(true);
    expect(isComplete(progress, 'constructor')).toBe(false);
    expect(isComplete(progress, 'toString')).toBe(false);
  });
});

describe('summarizeProgress', () => {
  it('resumes at the first lesson when nothing was read', () => {
    expect(summarizeProgress(emptyProgress(), path)).toEqual({ done: 0, total: 4, resume: 'intro' });
  });

  it('resumes at the last lesson opened while it is unfinished', () => {
    const progress = recordVisit(setComplete(emptyProgress(), 'intro', true, T1), 'layers', T2);
    expect(summarizeProgress(progress, path)).toEqual({ done: 1, total: 4, resume: 'layers' });
  });

  it('moves on to the next unfinished lesson, wrapping to earlier gaps', () => {
    let progress = emptyProgress();
    for (const id of ['tensors', 'layers', 'training']) progress = setComplete(progress, id, true, T1);
    expect(summarizeProgress(recordVisit(progress, 'layers', T2), path)).toEqual({
      done: 3,
      total: 4,
      resume: 'intro',
    });
  });

  it('has nothing to resume when every lesson is done, and ignores lessons not on the path', () => {
    let progress = setComplete(emptyProgress(), 'removed-lesson', true, T1);
    for (const id of path) progress = setComplete(progress, id, true, T1);
    expect(summarizeProgress(progress, path)).toEqual({ done: 4, total: 4, resume: undefined });
  });
});
