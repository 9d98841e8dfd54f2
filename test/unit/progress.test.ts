import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  isComplete,
  parseProgress,
  recordVisit,
  serializeProgress,
  setComplete,
  summarizeProgress,
} from '~/lib/progress';

const path = ['intro', 'tensors', 'layers', 'training'];

describe('parseProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), valid: true });
  });

  it('round-trips a valid value', () => {
    const progress = recordVisit(setComplete(emptyProgress(), 'tensors', true, '2026-11-27'), 'layers');
    expect(parseProgress(serializeProgress(progress))).toEqual({ progress, valid: true });
  });

  it.each([
    ['corrupt JSON', '{"version":1,"completed":'],
    ['a bare string', '"hello"'],
    ['an array', '[1,2]'],
    ['null JSON', 'null'],
    ['an old version', '{"version":0,"completed":{"tensors":"2026-01-01"},"lastVisited":null}'],
    ['a future version', '{"version":2,"completed":{},"lastVisited":null}'],
    ['a foreign shape', '{"done":["tensors"]}'],
  ])('discards %s and starts again', (_, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), valid: false });
  });

  it('keeps the good entries of a partly damaged value and says it was damaged', () => {
    const raw = JSON.stringify({
      version: 1,
      completed: { tensors: '2026-11-01', '<img src=x>': '2026-11-01', layers: 42 },
      lastVisited: { evil: true },
    });
    expect(parseProgress(raw)).toEqual({
      progress: { version: 1, completed: { tensors: '2026-11-01' }, lastVisited: null },
      valid: false,
    });
  });
});

describe('setComplete', () => {
  it('marks and unmarks a lesson without touching the input', () => {
    const start = emptyProgress();
    const done = setComplete(start, 'intro', true, '2026-11-27');
    expect(done.completed).toEqual({ intro: '2026-11-27' });
    expect(start.completed).toEqual({});
    expect(setComplete(done, 'intro', false, '2026-11-28').completed).toEqual({});
  });

  it('keeps the first completion date when marked again', () => {
    const once = setComplete(emptyProgress(), 'intro', true, '2026-11-01');
    expect(setComplete(once, 'intro', true, '2026-11-27').completed['intro']).toBe('2026-11-01');
  });
});

describe('isComplete', () => {
  it('only counts lessons the reader completed, not names inherited by every object', () => {
    const progress = setComplete(emptyProgress(), 'intro', true, '2026-11-27');
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
    const progress = recordVisit(setComplete(emptyProgress(), 'intro', true, '2026-11-27'), 'layers');
    expect(summarizeProgress(progress, path)).toEqual({ done: 1, total: 4, resume: 'layers' });
  });

  it('moves on to the next unfinished lesson, wrapping to earlier gaps', () => {
    let progress = emptyProgress();
    for (const id of ['tensors', 'layers', 'training']) progress = setComplete(progress, id, true, '2026-11-27');
    expect(summarizeProgress(recordVisit(progress, 'layers'), path)).toEqual({ done: 3, total: 4, resume: 'intro' });
  });

  it('has nothing to resume when every lesson is done, and ignores lessons not on the path', () => {
    let progress = setComplete(emptyProgress(), 'removed-lesson', true, '2026-11-27');
    for (const id of path) progress = setComplete(progress, id, true, '2026-11-27');
    expect(summarizeProgress(progress, path)).toEqual({ done: 4, total: 4, resume: undefined });
  });
});
