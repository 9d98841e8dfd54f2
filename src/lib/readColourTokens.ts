/** The colour tokens of one scheme: custom property name (without `--`) → hex value. */
export type ColourTokens = Record<string, string>;

/** The custom properties declared with a hex colour in one CSS block's body. */
function hexDeclarations(body: string): ColourTokens {
  const tokens: ColourTokens = {};
  for (const match of body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)) {
    if (match[1] && match[2]) tokens[match[1]] = match[2].toLowerCase();
  }
  return tokens;
}

/** The body of the first rule whose selector is exactly `selector`, searching from `from`. */
function ruleBody(css: string, selector: string, from = 0): string | undefined {
  const start = css.indexOf(`${selector} {`, from);
  if (start === -1) return undefined;
  const open = css.indexOf('{', start);
  const close = css.indexOf('}', open);
  return css.slice(open + 1, close);
}

/**
 * The colour tokens of the site's stylesheet per scheme: `light` from the first `:root` rule that declares hex
 * colours, `dark` from `:root[data-theme='dark']`, and `systemDark` from the `prefers-color-scheme: dark` block
 * (which must repeat the dark values; the caller compares them).
 */
export function readColourTokens(css: string): { light: ColourTokens; dark: ColourTokens; systemDark: ColourTokens } {
  let light: ColourTokens = {};
  for (let from = 0; ;) {
    const start = css.indexOf(':root {', from);
    if (start === -1) break;
    light = hexDeclarations(ruleBody(css, ':root', start) ?? '');
    if (Object.keys(light).length > 0) break;
    from = start + 1;
  }
  const dark = hexDeclarations(ruleBody(css, ":root[data-theme='dark']") ?? '');
  const media = css.indexOf('@media (prefers-color-scheme: dark)');
  const systemDark = hexDeclarations(
    media === -1 ? '' : (ruleBody(css, ":root:not([data-theme='light'])", media) ?? ''),
  );
  return { light, dark, systemDark };
}
