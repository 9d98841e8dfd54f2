/** Loads and saves lesson progress; a damaged stored value is replaced on first read. */
import { STORAGE_KEYS } from '~/lib/storageKeys';
import { emptyProgress, parseProgress, serializeProgress, type Progress } from '~/lib/progress';
import { readStored, removeStored, writeStored } from '~/scripts/storage';

export function loadProgress(): Progress {
  const { progress, valid } = parseProgress(readStored(STORAGE_KEYS.progress));
  if (!valid) writeStored(STORAGE_KEYS.progress, serializeProgress(progress));
  return progress;
}

export function saveProgress(progress: Progress): void {
  writeStored(STORAGE_KEYS.progress, serializeProgress(progress));
}

export function resetProgress(): Progress {
  removeStored(STORAGE_KEYS.progress);
  return emptyProgress();
}

/** Today as YYYY-MM-DD in the reader's own time zone. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
