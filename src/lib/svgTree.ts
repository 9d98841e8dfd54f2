/**
 * SVG pictures as plain data: an element's name, attributes and children. The explorers draw with it once; the
 * page renders the tree at build time (`src/components/SvgTree.astro`, the no-JavaScript picture) and the client
 * builds the same tree with DOM calls (`src/scripts/svgDom.ts`). Colours come from classes, never style attributes.
 */

/** An SVG element: its name, attributes and children (elements or text). */
export interface SvgElement {
  name: string;
  attrs: Record<string, string>;
  children: (SvgElement | string)[];
}

/** An element; numbers in attributes become strings. */
export const el = (
  name: string,
  attrs: Record<string, string | number>,
  ...children: (SvgElement | string)[]
): SvgElement => ({
  name,
  attrs: Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, String(value)])),
  children,
});
