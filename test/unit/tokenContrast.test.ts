import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '~/lib/contrastRatio';
import { readColourTokens } from '~/lib/readColourTokens';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const schemes = readColourTokens(css);

/** The token table: every text colour, every background it is drawn on, and the pairs with other minimums. */
const TEXT = ['text', 'muted', 'accent', 'ok', 'warn'];
const BACKGROUNDS = ['bg', 'surface', 'surface-2', 'raised', 'accent-soft'];
const PAIRS: [string, string, number][] = [
  ['accent-text', 'accent', 4.5],
  ['text', 'mark', 4.5],
  ['border-strong', 'bg', 3],
  ['focus', 'bg', 3],
];

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4338ca', '#4338ca')).toBe(1);
  });

  it('matches a known WCAG figure and ignores the order', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => relativeLuminance('rgb(0 0 0)')).toThrow(/Not a #rgb/);
  });
});

describe('readColourTokens', () => {
  it('reads each scheme from its own block', () => {
    const sample = `:root { --space: 1rem; }\n:root { --bg: #FFF; --text: #111111; }\n:root[data-theme='dark'] { --bg: #000; }\n@media (prefers-color-scheme: dark) {\n  :root:not([data-theme='light']) { --bg: #010101; }\n}`;
    expect(readColourTokens(sample)).toEqual({
      light: { bg: '#fff', text: '#111111' },
      dark: { bg: '#000' },
      systemDark: { bg: '#010101' },
    });
  });
});

describe('colour tokens of src/styles/global.css', () => {
  it('declares the same dark colours for the toggle and for the system preference', () => {
    expect(Object.keys(schemes.dark).length).toBeGreaterThan(5);
    expect(schemes.systemDark).toEqual(schemes.dark);
  });

  for (const scheme of ['light', 'dark'] as const) {
    const tokens = schemes[scheme];
    const pairs = [
      ...TEXT.flatMap((text) => BACKGROUNDS.map((background): [string, string, number] => [text, background, 4.5])),
      ...PAIRS,
    ];
    it.each(pairs)(`${scheme}: --%s on --%s keeps at least %s:1`, (foreground, background, minimum) => {
      const fg = tokens[foreground];
      const bg = tokens[background];
      expect(fg, `--${foreground} missing in ${scheme}`).toBeDefined();
      expect(bg, `--${background} missing in ${scheme}`).toBeDefined();
      expect(contrastRatio(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(minimum);
    });
  }
});
