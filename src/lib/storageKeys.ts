/** The localStorage keys the site uses, in one place so none collide and tests can name them. */
export const STORAGE_KEYS = {
  /** `'light'` or `'dark'` when the reader overrides the system theme. */
  theme: 'dlc:theme',
  /** The framework id chosen in any framework tab group. */
  framework: 'dlc:framework',
  /** Lesson progress, a versioned JSON object (see `parseProgress`). */
  progress: 'dlc:progress',
} as const;
