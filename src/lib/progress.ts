/**
 * The reader's progress through the lessons, kept in localStorage without an account. The stored value is
 * versioned. Older versions this site shipped are migrated; a newer version (written by a later deploy
 * and read by a cached older page) is never replaced, because this code cannot tell what it would lose;
 * anything else that is not a progress value (corrupt JSON, another site's data) is ignored.
 */

/** Bump when the stored shape changes, and add a migration from the old shape to `migrations` below. */
export const PROGRESS_VERSION = 2;

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Completed lessons: lesson id → when it was first marked complete (an ISO 8601 instant). */
  completed: Record<string, string>;
  /** The lesson the reader opened last, to resume there. */
  lastVisited: string | null;
  /** When `lastVisited` was opened (an ISO 8601 instant), so that two values can be merged. */
  lastVisitedAt: string | null;
}

/**
 * What reading a stored or imported value found:
 * - `ok`: a current value, or an older one migrated to it (`migrated`); `damaged` when some entries were dropped;
 * - `newer`: a value from a version of the site newer than this one: leave it alone;
 * - `unreadable`: not a progress value at all (`reason` says why, for the import form).
 */
export type ParsedProgress =
  | { kind: 'ok'; progress: Progress; damaged: boolean; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'unreadable'; reason: string };

const LESSON_ID = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, completed: {}, lastVisited: null, lastVisitedAt: null };
}

/** One step up from each older shipped version, applied in order until the value is current. */
const migrations: Record<number, (value: Record<string, unknown>) => Record<string, unknown>> = {
  /* Version 1 (Nov 2026) kept the day of each completion and no time for the last visit. */
  1: (value) => ({
    version: 2,
    completed: isRecord(value['completed'])
      ? Object.fromEntries(
          Object.entries(value['completed']).map(([id, day]) => [
            id,
            typeof day === 'string' && DAY.test(day) ? `${day}T00:00:00.000Z` : day,
          ]),
        )
      : value['completed'],
    lastVisited: value['lastVisited'],
    lastVisitedAt: null,
  }),
};

/** Reads a stored (or imported) value defensively; see `ParsedProgress`. `null` is an empty progress. */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { kind: 'ok', progress: emptyProgress(), damaged: false, migrated: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'it is not JSON' };
  }
  if (!isRecord(value)) return { kind: 'unreadable', reason: 'it is not a progress object' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unreadable', reason: 'it has no version number' };
  }
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  let record = value;
  for (let from = version; from < PROGRESS_VERSION; from++) {
    const step = migrations[from];
    if (!step) return { kind: 'unreadable', reason: `version ${from} was never used by this site` };
    record = step(record);
  }
  return readCurrent(record, version < PROGRESS_VERSION);
}

function readCurrent(value: Record<string, unknown>, migrated: boolean): ParsedProgress {
  if (!isRecord(value['completed'])) return { kind: 'unreadable', reason: 'it has no list of completed lessons' };
  const completed: Record<string, string> = {};
  let damaged = false;
  for (const [id, at] of Object.entries(value['completed'])) {
    if (LESSON_ID.test(id) && isInstant(at)) completed[id] = at;
    else damaged = true;
  }
  const last = value['lastVisited'];
  const lastVisited = typeof last === 'string' && LESSON_ID.test(last) ? last : null;
  if (last !== null && lastVisited === null) damaged = true;
  const at = value['lastVisitedAt'];
  const lastVisitedAt = lastVisited !== null && isInstant(at) ? at : null;
  if (at !== null && at !== undefined && lastVisitedAt === null) damaged = true;
  return {
    kind: 'ok',
    progress: { version: PROGRESS_VERSION, completed, lastVisited, lastVisitedAt },
    damaged,
    migrated,
  };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** Marks or unmarks a lesson; `now` is an ISO instant. Marking again keeps the first completion time. */
export function setComplete(progress: Progress, lessonId: string, complete: boolean, now: string): Progress {
  const rest = Object.entries(progress.completed).filter(([id]) => id !== lessonId);
  const at = (isComplete(progress, lessonId) && progress.completed[lessonId]) || now;
  return { ...progress, completed: Object.fromEntries(complete ? [...rest, [lessonId, at]] : rest) };
}

export function isComplete(progress: Progress, lessonId: string): boolean {
  return Object.hasOwn(progress.completed, lessonId);
}

/** Remembers the lesson opened at `now` (an ISO instant) as the place to resume. */
export function recordVisit(progress: Progress, lessonId: string, now: string): Progress {
  return { ...progress, lastVisited: lessonId, lastVisitedAt: now };
}

/**
 * Combines two progress values without losing a completion: every lesson complete in either stays
 * complete (with the earlier time), and the later visit wins. Used for imports.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const completed: Record<string, string> = { ...a.completed };
  for (const [id, at] of Object.entries(b.completed)) {
    const mine = Object.hasOwn(completed, id) ? completed[id] : undefined;
    completed[id] = mine !== undefined && mine < at ? mine : at;
  }
  const bLater =
    b.lastVisited !== null && (a.lastVisited === null || (b.lastVisitedAt ?? '') > (a.lastVisitedAt ?? ''));
  const visit = bLater ? b : a;
  return { version: PROGRESS_VERSION, completed, lastVisited: visit.lastVisited, lastVisitedAt: visit.lastVisitedAt };
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

/** A real instant: `Date` would read 2026-02-30 as 2 March, so the value must survive a round trip. */
function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
