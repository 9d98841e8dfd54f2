/** Screens at least this wide show `columns` groups side by side instead of as tabs. */
export const COLUMNS_MIN_WIDTH = '64rem';

/**
 * CSS that shows only the chosen framework's panel in every tab group, keyed on the `data-framework`
 * attribute the head script puts on `<html>` before the first paint. Generated from the framework list so
 * a new framework needs no new CSS. Without JavaScript (no `data-js`) none of it applies and every panel
 * shows; groups marked `columns` show every panel side by side on wide screens.
 */
export function frameworkTabCss(frameworks: readonly string[]): string {
  const hide = (id: string, group: string) =>
    `[data-js][data-framework="${id}"] ${group} > .variant:not([data-variant="${id}"]){display:none}`;
  const tabs = frameworks
    .map(
      (id) =>
        hide(id, '.framework-code:not(.framework-code--columns)') +
        `[data-js][data-framework="${id}"] .framework-code .tab[data-tab="${id}"]{border-bottom-color:var(--accent);color:var(--accent)}`,
    )
    .join('');
  const narrowColumns = frameworks.map((id) => hide(id, '.framework-code--columns')).join('');
  return `${tabs}@media (max-width:${COLUMNS_MIN_WIDTH}){${narrowColumns}}`;
}
