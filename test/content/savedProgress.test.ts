import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { progressKey } from '~/lib/navigation';
import { parseProgress, summarizeProgress } from '~/lib/progress';

interface Step {
  type: 'lesson' | 'difference' | 'framework';
  id: string;
  order: number;
}

/** The beginner path's progress keys, in the path's current order. */
function beginnerPathKeys(): string[] {
  const { steps } = parse(readFileSync('content/paths/beginner.yaml', 'utf8')) as { steps: Step[] };
  return [...steps].sort((a, b) => a.order - b.order).map(progressKey);
}

/**
 * Every step of the beginner path as it shipped before it was re-sequenced (Dec 2026, 19 steps), under the key
 * its completion was saved with. Readers have these in localStorage: re-ordering the path must not lose any.
 */
const SHIPPED_KEYS = [
  'what-is-deep-learning',
  'setting-up',
  'tensors',
  'neurons-and-layers',
  'building-a-model',
  'loss-functions',
  'gradient-descent',
  'backpropagation',
  'training-loop',
  'difference/static-vs-dynamic-graphs',
  'loading-data',
  'overfitting-and-regularization',
  'evaluating-a-model',
  'saving-and-exporting',
  'first-image-classifier',
  'where-to-go-next',
  'framework/keras',
  'framework/tensorflow',
  'framework/pytorch',
];

describe('progress saved before the path was re-sequenced', () => {
  it('names only steps the path still has', () => {
    const keys = new Set(beginnerPathKeys());
    expect(SHIPPED_KEYS.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('still counts every completed step, in the first stored format (version 1)', () => {
    const completed = Object.fromEntries(SHIPPED_KEYS.map((key) => [key, '2026-11-20']));
    const parsed = parseProgress(JSON.stringify({ version: 1, completed, lastVisited: 'training-loop' }));
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    const keys = beginnerPathKeys();
    const summary = summarizeProgress(parsed.progress, keys);
    expect(summary.done).toBe(SHIPPED_KEYS.length);
    expect(summary.total).toBe(keys.length);
    // It resumes at the first new lesson after the one last opened, then wraps round to earlier ones.
    const from = keys.indexOf('training-loop');
    const unread = [...keys.slice(from), ...keys.slice(0, from)].filter((key) => !SHIPPED_KEYS.includes(key));
    expect(summary.resume).toBe(unread[0]);
  });

  it('resumes a half-read path at the first unfinished step of the new order (version 2)', () => {
    const done = SHIPPED_KEYS.slice(0, 9);
    const completed = Object.fromEntries(done.map((key) => [key, '2026-11-20T10:00:00.000Z']));
    const parsed = parseProgress(
      JSON.stringify({
        version: 2,
        completed,
        lastVisited: 'training-loop',
        lastVisitedAt: '2026-11-20T10:00:00.000Z',
      }),
    );
    expect(parsed.kind).toBe('ok');
    if (parsed.kind !== 'ok') return;
    const keys = beginnerPathKeys();
    const summary = summarizeProgress(parsed.progress, keys);
    expect(summary.done).toBe(done.length);
    const after = keys.slice(keys.indexOf('training-loop'));
    expect(summary.resume).toBe(after.find((key) => !done.includes(key)));
  });
});
