/**
 * The Shiki themes for code, one per colour scheme. Both keep every token at WCAG AA contrast on their own
 * background; the page shows the one that matches the reader's theme.
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
