/**
 * localStorage that never throws: storage can be disabled, full or blocked by privacy settings, and the
 * page must work the same (the choice then lasts for this page only).
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Returns whether the value was saved. */
export function writeStored(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* Nothing to remove; see above. */
  }
}
