/**
 * CSS that shows only the chosen framework's panel in every tab group, keyed on the `data-framework`
 * attribute the head script puts on `<html>` before the first paint. Generated from the framework list so
 * a new framework needs no new CSS. Without JavaScript (no `data-js`) none of it applies and every panel
 * shows.
 */
export function frameworkTabCss(frameworks: readonly string[]): string {
  return frameworks
    .map(
      (id) =>
        `[data-js][data-framework="${id}"] .framework-code > .variant:not([data-variant="${id}"]){display:none}` +
        `[data-js][data-framework="${id}"] .framework-code .tab[data-tab="${id}"]{border-color:var(--accent);color:var(--text);font-weight:700;background:var(--bg)}`,
    )
    .join('');
}
