import type { Graph, GraphNode } from './graphModes';
import { el, type SvgElement } from './svgTree';

/**
 * Lays out a {@link Graph} as an SVG element tree in plain data, so that the page can render it at build time
 * (the no-JavaScript example) and the explorer can build the same picture with DOM calls. Colours come from
 * classes (`gm-*`), never from style attributes.
 */

const COL = 114;
const ROW = 50;
const WIDTH = 100;
const HEIGHT = 30;
const PAD = 8;
const TOP = 26;

const left = (node: GraphNode) => PAD + node.col * COL;
const top = (node: GraphNode) => TOP + node.row * ROW;

/** The class of a node's group: new (built in this call), idle (not run), python (not in a graph). */
function nodeClass(node: GraphNode): string {
  return ['gm-n', node.isNew && 'gm-n--new', node.idle && 'gm-n--idle', node.python && 'gm-n--py']
    .filter(Boolean)
    .join(' ');
}

/** An arrow from the bottom of `from` to the top of `to`, or side to side when they share a row. */
function edgeLine(from: GraphNode, to: GraphNode) {
  if (from.row === to.row) {
    const rightwards = from.col < to.col;
    const y = top(from) + HEIGHT / 2;
    return {
      x1: rightwards ? left(from) + WIDTH : left(from),
      y1: y,
      x2: rightwards ? left(to) : left(to) + WIDTH,
      y2: y,
    };
  }
  return {
    x1: left(from) + WIDTH / 2,
    y1: top(from) + HEIGHT,
    x2: left(to) + WIDTH / 2,
    y2: top(to),
  };
}

/**
 * The SVG for one graph. `id` prefixes the ids inside (the title, the description and the arrow head), so it
 * must be unique on the page; `title` names the picture for assistive technology, and the graph's text is its
 * description.
 */
export function graphSvg(graph: Graph, id: string, title: string): SvgElement {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const width = PAD * 2 + Math.max(...graph.nodes.map((node) => node.col)) * COL + WIDTH;
  const height = TOP + PAD + Math.max(...graph.nodes.map((node) => node.row)) * ROW + HEIGHT + 14;
  const boxes = graph.boxes.map((box) => {
    const members = box.nodes.flatMap((nodeId) => byId.get(nodeId) ?? []);
    const x = Math.min(...members.map(left)) - 6;
    const y = Math.min(...members.map(top)) - 8;
    const frame = el('rect', {
      class: 'gm-box',
      x,
      y,
      width: Math.max(...members.map(left)) + WIDTH + 6 - x,
      height: Math.max(...members.map(top)) + HEIGHT + 8 - y,
      rx: 6,
    });
    return box.label ? [frame, el('text', { class: 'gm-box-label', x: x + 2, y: y - 5 }, box.label)] : [frame];
  });
  const edges = graph.edges.flatMap((edge) => {
    const [from, to] = [byId.get(edge.from), byId.get(edge.to)];
    if (!from || !to) return [];
    return [
      el('line', {
        class: edge.python ? 'gm-edge gm-edge--py' : 'gm-edge',
        ...edgeLine(from, to),
        'marker-end': `url(#${id}-a)`,
      }),
    ];
  });
  const nodes = graph.nodes.map((node) =>
    el(
      'g',
      { class: nodeClass(node) },
      el('rect', { x: left(node), y: top(node), width: WIDTH, height: HEIGHT, rx: node.python ? 15 : 4 }),
      el('text', { x: left(node) + WIDTH / 2, y: top(node) + HEIGHT / 2 + 5 }, node.label),
      ...(node.note
        ? [el('text', { class: 'gm-note', x: left(node) + WIDTH / 2, y: top(node) + HEIGHT + 14 }, node.note)]
        : []),
    ),
  );
  return el(
    'svg',
    {
      class: 'gm-graph',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
    },
    el('title', { id: `${id}-t` }, title),
    el('desc', { id: `${id}-d` }, graph.text),
    el(
      'defs',
      {},
      el(
        'marker',
        { id: `${id}-a`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' },
        el('path', { d: 'M0 0L10 5L0 10z', fill: 'currentColor' }),
      ),
    ),
    ...boxes.flat(),
    ...edges,
    ...nodes,
  );
}
