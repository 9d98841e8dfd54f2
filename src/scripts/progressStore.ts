/**
 * Loads and saves lesson progress. Every change reads the stored value afresh and applies itself to it, so
 * two open tabs never overwrite each other's completions; open pages hear other tabs' changes through
 * `onProgressChange`. A value from a newer version of the site is never overwritten: this page then works
 * from memory and `progressNotice()` says that nothing is saved. A corrupt or foreign value is replaced.
 */
import { STORAGE_KEYS } from '~/lib/storageKeys';
import {
  emptyProgress,
  mergeProgress,
  parseProgress,
  serializeProgress,
  type ParsedProgress,
  type Progress,
} from '~/lib/progress';
import { readStored, removeStored, writeStored } from '~/scripts/storage';

/** Progress kept for this page only, when storage holds a newer version or refuses writes. */
let memory: Progress | null = null;
let notice: string | null = null;
const listeners = new Set<(progress: Progress) => void>();

const NEWER_NOTICE =
  'This browser holds progress saved by a newer version of this site, so changes made on this page are not saved. Reload the page to use the newer version.';
const BLOCKED_NOTICE = 'This browser does not let the site store data: progress on this page is not saved.';

function readCurrent(): { parsed: ParsedProgress; progress: Progress } {
  const parsed = parseProgress(readStored(STORAGE_KEYS.progress));
  return { parsed, progress: parsed.kind === 'ok' ? parsed.progress : emptyProgress() };
}

/** The reader's progress: the stored value (migrated if older), or this page's copy when it cannot be saved. */
export function loadProgress(): Progress {
  const { parsed, progress } = readCurrent();
  if (parsed.kind === 'newer') {
    notice = NEWER_NOTICE;
    return memory ?? (memory = emptyProgress());
  }
  if (memory !== null) return memory;
  if (parsed.kind === 'unreadable' || (parsed.kind === 'ok' && (parsed.damaged || parsed.migrated))) {
    write(progress);
  }
  return progress;
}

/**
 * Applies a change to the progress as stored now (not as this page last saw it) and saves the result.
 * Returns the new progress.
 */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const next = change(loadProgress());
  if (memory !== null) memory = next;
  else write(next);
  notify(next);
  return next;
}

/** Replaces the stored progress with `progress`; prefer `updateProgress`, which keeps other tabs' changes. */
export function saveProgress(progress: Progress): void {
  updateProgress(() => progress);
}

/** Forgets every completion and the place to resume (in this page only when a newer value is stored). */
export function resetProgress(): Progress {
  loadProgress();
  if (memory !== null) memory = emptyProgress();
  else removeStored(STORAGE_KEYS.progress);
  const progress = emptyProgress();
  notify(progress);
  return progress;
}

/** Why progress is not being saved on this page, in words for the reader; `null` while it is. */
export function progressNotice(): string | null {
  return notice;
}

/** Calls `listener` with the new progress after every change, from this page or another tab. */
export function onProgressChange(listener: (progress: Progress) => void): void {
  if (listeners.size === 0) {
    addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEYS.progress && event.key !== null) return;
      notify(loadProgress());
    });
  }
  listeners.add(listener);
}

/** The progress as a JSON file's text, for the reader to move to another browser. */
export function exportProgress(): string {
  return `${JSON.stringify({ ...loadProgress(), exportedFrom: 'Deep Learning Compass' }, null, 2)}\n`;
}

/**
 * Reads an exported file and merges it into the current progress (nothing complete here is lost).
 * Returns the merged progress, or an error sentence for the reader.
 */
export function importProgress(text: string): { progress: Progress } | { error: string } {
  const parsed = parseProgress(text);
  if (parsed.kind === 'unreadable') return { error: `This file is not a progress export: ${parsed.reason}.` };
  if (parsed.kind === 'newer') {
    return {
      error: `This file was exported by a newer version of this site (format ${parsed.version}); this page reads up to format ${emptyProgress().version}. Reload the page and try again.`,
    };
  }
  return { progress: updateProgress((current) => mergeProgress(current, parsed.progress)) };
}

function write(progress: Progress): void {
  if (!writeStored(STORAGE_KEYS.progress, serializeProgress(progress))) {
    memory = progress;
    notice = BLOCKED_NOTICE;
  }
}

function notify(progress: Progress): void {
  for (const listener of listeners) listener(progress);
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Now as an ISO 8601 instant, the form progress times are stored in. */
export function now(): string {
  return new Date().toISOString();
}
