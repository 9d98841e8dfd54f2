/**
 * Code colours as classes instead of `style` attributes.
 *
 * Shiki writes each token's colours into a `style` attribute (`--shiki-light:#cf222e;--shiki-dark:#ff7b72`).
 * Style attributes cannot be allowed by a Content-Security-Policy hash and fail the HTML validator's
 * `no-inline-style` rule, so a transformer turns every declaration into a class (`shl-cf222e shd-ff7b72`) and
 * {@link codeColourCss} writes one rule per colour the two themes can produce. A declaration that has no
 * class fails the build, naming it, rather than slipping through as a style attribute.
 */

/** The parts of a Shiki theme this module reads. */
export interface ThemeColours {
  name?: string | undefined;
  colors?: Record<string, string | undefined> | undefined;
  tokenColors?: readonly { settings: { foreground?: string | undefined } }[] | undefined;
}

/** The CSS custom property Shiki writes for each scheme, and the class prefix that stands for it. */
const VARIABLES = {
  '--shiki-light': 'shl',
  '--shiki-dark': 'shd',
  '--shiki-light-bg': 'shlb',
  '--shiki-dark-bg': 'shdb',
} as const;

type Variable = keyof typeof VARIABLES;

/** Font styles a theme may give a token; light and dark must agree, as in the themes we use. */
const FONT_CLASSES: Record<string, string> = {
  'font-style:italic': 'sh-italic',
  'font-weight:bold': 'sh-bold',
  'text-decoration:underline': 'sh-underline',
  'text-decoration:line-through': 'sh-line-through',
};

/** `#CF222E` → `cf222e`; anything that is not a hex colour → `undefined`. */
function hexOf(value: string): string | undefined {
  const match = /^#([0-9a-f]{3,8})$/i.exec(value.trim());
  return match?.[1]?.toLowerCase();
}

/** Every foreground and background colour a theme can give code. */
export function themePalette(theme: ThemeColours): { foregrounds: Set<string>; backgrounds: Set<string> } {
  const foregrounds = new Set<string>();
  const backgrounds = new Set<string>();
  const add = (set: Set<string>, value: string | undefined) => {
    const hex = value === undefined ? undefined : hexOf(value);
    if (hex) set.add(hex);
  };
  add(foregrounds, theme.colors?.['editor.foreground']);
  add(backgrounds, theme.colors?.['editor.background']);
  for (const rule of theme.tokenColors ?? []) add(foregrounds, rule.settings.foreground);
  return { foregrounds, backgrounds };
}

/** The stylesheet that gives each colour class its custom property, for a light and a dark theme. */
export function codeColourCss(light: ThemeColours, dark: ThemeColours): string {
  const rules: string[] = [];
  const byScheme = [
    ['--shiki-light', '--shiki-light-bg', themePalette(light)],
    ['--shiki-dark', '--shiki-dark-bg', themePalette(dark)],
  ] as const;
  for (const [foreground, background, palette] of byScheme) {
    for (const hex of [...palette.foregrounds].sort())
      rules.push(`.${VARIABLES[foreground]}-${hex}{${foreground}:#${hex}}`);
    for (const hex of [...palette.backgrounds].sort())
      rules.push(`.${VARIABLES[background]}-${hex}{${background}:#${hex}}`);
  }
  for (const [declaration, name] of Object.entries(FONT_CLASSES)) rules.push(`.astro-code .${name}{${declaration}}`);
  return `${rules.join('\n')}\n`;
}

/** Parses `a:b;c:d` into ordered pairs. */
function declarations(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/**
 * The classes that replace one Shiki `style` attribute. Throws, naming the declaration, when a colour is not in
 * the palette or a declaration is one this module does not know.
 */
export function classesForStyle(
  style: string,
  palettes: { light: ReturnType<typeof themePalette>; dark: ReturnType<typeof themePalette> },
): string[] {
  const classes: string[] = [];
  const fonts = new Map<string, string>();
  for (const [property, value] of declarations(style)) {
    if (property === 'overflow-x') continue; // every <pre> scrolls sideways in the site's CSS already
    if (value === 'inherit') continue; // custom properties inherit from the <pre> anyway
    if (property in VARIABLES) {
      const hex = hexOf(value);
      const palette = property.startsWith('--shiki-light') ? palettes.light : palettes.dark;
      const known = property.endsWith('-bg') ? palette.backgrounds : palette.foregrounds;
      if (!hex || !known.has(hex)) {
        throw new Error(
          `Code highlighting: ${property}:${value} is not a colour of the code theme, so it has no class.`,
        );
      }
      classes.push(`${VARIABLES[property as Variable]}-${hex}`);
      continue;
    }
    const font = /^--shiki-(light|dark)-(font-style|font-weight|text-decoration)$/.exec(property);
    if (font?.[1] && font[2]) {
      const previous = fonts.get(font[2]);
      if (previous !== undefined && previous !== value) {
        throw new Error(
          `Code highlighting: the light and dark themes disagree on ${font[2]} (${previous} vs ${value}).`,
        );
      }
      fonts.set(font[2], value);
      continue;
    }
    throw new Error(`Code highlighting: no class stands for the style "${property}:${value}".`);
  }
  for (const [property, value] of fonts) {
    for (const part of value.split(/\s+/)) {
      const name = FONT_CLASSES[`${property}:${part}`];
      if (!name) throw new Error(`Code highlighting: no class stands for the style "${property}:${part}".`);
      classes.push(name);
    }
  }
  return classes;
}

/** The hast element shape the transformer touches. */
interface Element {
  properties: Record<string, unknown>;
}

function moveStyleToClasses(element: Element, palettes: Parameters<typeof classesForStyle>[1]): void {
  const style = element.properties['style'];
  if (typeof style !== 'string') return;
  delete element.properties['style'];
  const existing = element.properties['class'];
  const before = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(' ')
      : [];
  element.properties['class'] = [...before, ...classesForStyle(style, palettes)].filter(Boolean).join(' ');
}

/** A Shiki transformer (for Markdown code fences and `<Code>`) that swaps style attributes for classes. */
export function styleToClassTransformer(light: ThemeColours, dark: ThemeColours) {
  const palettes = { light: themePalette(light), dark: themePalette(dark) };
  return {
    name: 'dlc:style-to-class',
    pre(node: Element) {
      moveStyleToClasses(node, palettes);
    },
    span(node: Element) {
      moveStyleToClasses(node, palettes);
    },
  };
}
