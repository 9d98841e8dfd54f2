import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { codeColourCss, styleToClassTransformer } from './codeClasses.ts';
import { notRunNoteTransformer } from './notRunNote.ts';
import { outputStampTransformer } from './outputStamp.ts';

/**
 * The Shiki themes for code, one per colour scheme. Both keep every token at WCAG AA contrast on their own
 * background; the page shows the one that matches the reader's theme.
 */
export const CODE_THEMES = { light: githubLight, dark: githubDark } as const;

/**
 * Transformers every highlighted block goes through: colours become classes, not style attributes, a block
 * marked `norun="why"` gets a note saying the tests do not run it, and a recorded output gets its label and stamp.
 */
export const CODE_TRANSFORMERS = [
  styleToClassTransformer(githubLight, githubDark),
  notRunNoteTransformer(),
  outputStampTransformer(),
];

/** The rules behind those classes; bundled into the site's stylesheet as `virtual:code-colours.css`. */
export const CODE_COLOUR_CSS = codeColourCss(githubLight, githubDark);
