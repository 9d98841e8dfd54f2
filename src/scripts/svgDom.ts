/** Builds an SVG element tree from `~/lib/svgTree` with DOM calls: text goes in as text, never as markup. */
import type { SvgElement } from '~/lib/svgTree';

const SVG = 'http://www.w3.org/2000/svg';

export function buildSvg(element: SvgElement): SVGElement {
  const node = document.createElementNS(SVG, element.name);
  for (const [name, value] of Object.entries(element.attrs)) node.setAttribute(name, value);
  for (const child of element.children) node.append(typeof child === 'string' ? child : buildSvg(child));
  return node;
}
