/**
 * The reader's progress through the lessons, kept in localStorage without an account. The stored value is
 * versioned; anything that is not a valid current-version value (corrupt JSON, another site's data, an
 * old version) is ignored and replaced with a fresh state.
 */

/** Bump when the stored shape changes; older values are then ignored. */
export const PROGRESS_VERSION = 1;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Completed lessons: lesson id → the day it was marked complete (YYYY-MM-DD). */
  completed: Record<string, string>;
  /** The lesson the reader opened last, to resume there. */
  lastVisited: string | null;
}

const LESSON_ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, completed: {}, lastVisited: null };
}

/** Reads a stored value defensively; returns `valid: false` when it had to be discarded. */
export function parseProgress(raw: string | null): { progress: Progress; valid: boolean } {
  if (raw === null) return { progress: emptyProgress(), valid: true };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), valid: false };
  }
  if (!isRecord(value) || value['version'] !== PROGRESS_VERSION || !isRecord(value['completed'])) {
    return { progress: emptyProgress(), valid: false };
  }
  const completed: Record<string, string> = {};
  let valid = true;
  for (const [id, day] of Object.entries(value['completed'])) {
    if (LESSON_ID.test(id) && typeof day === 'string' && DAY.test(day)) completed[id] = day;
    else valid = false;
  }
  const last = value['lastVisited'];
  const lastVisited = typeof last === 'string' && LESSON_ID.test(last) ? last : null;
  if (last !== null && lastVisited === null) valid = false;
  return { progress: { version: PROGRESS_VERSION, completed, lastVisited }, valid };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

export function setComplete(progress: Progress, lessonId: string, complete: boolean, today: string): Progress {
  const rest = Object.entries(progress.completed).filter(([id]) => id !== lessonId);
  const day = (isComplete(progress, lessonId) && progress.completed[lessonId]) || today;
  return { ...progress, completed: Object.fromEntries(complete ? [...rest, [lessonId, day]] : rest) };
}

export function isComplete(progress: Progress, lessonId: string): boolean {
  return Object.hasOwn(progress.completed, lessonId);
}

export function recordVisit(progress: Progress, lessonId: string): Progress {
  return { ...progress, lastVisited: lessonId };
}

export interface PathProgress {
  done: number;
  total: number;
  /** Where to continue: the last lesson opened if unfinished, else the next unfinished one after it. */
  resume: string | undefined;
}

/** Summarises progress over a path's lessons, in path order. Ids not on the path are ignored. */
export function summarizeProgress(progress: Progress, lessonIds: readonly string[]): PathProgress {
  const isDone = (id: string) => isComplete(progress, id);
  const done = lessonIds.filter(isDone).length;
  const lastIndex = progress.lastVisited === null ? -1 : lessonIds.indexOf(progress.lastVisited);
  const ordered = lastIndex === -1 ? lessonIds : [...lessonIds.slice(lastIndex), ...lessonIds.slice(0, lastIndex)];
  return { done, total: lessonIds.length, resume: ordered.find((id) => !isDone(id)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
