import type { GraphData, NodeData, Op } from './autodiff';
import { formatNumber } from './backpropSteps';
import { LAYOUT, type GraphLayout } from './graphLayout';
import { el, type SvgElement } from './svgTree';

/**
 * What the explorer draws for one state of a stepper, as plain data: the server renders it into the no-JS
 * picture and the client script into the live one, so both show the same thing.
 */

export interface PictureNode {
  id: number;
  /** Box corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name (x, w, loss) or the operation (×, +, tanh). */
  title: string;
  /** "= 0.336" once the value is known, else "". */
  value: string;
  /** "grad 0.12" once the gradient is known, else "". */
  grad: string;
  /** The node the latest step is about. */
  current: boolean;
}

export interface PictureEdge {
  from: number;
  to: number;
  /** SVG path from the input's box to the operation's box. */
  path: string;
  /** Where the gradient label sits. */
  labelX: number;
  labelY: number;
  /** "← 0.12" once gradient flows back along this edge, else "". */
  label: string;
  /** Carries gradient in the latest step. */
  current: boolean;
}

export interface Picture {
  width: number;
  height: number;
  nodes: PictureNode[];
  edges: PictureEdge[];
}

/** What a stepper knows so far: values and gradients by node id, and the node of the latest step. */
export interface Knowledge {
  values: ReadonlyMap<number, number>;
  grads: ReadonlyMap<number, number>;
  current?: { nodeId: number; phase: 'forward' | 'backward' } | undefined;
}

const SYMBOLS: Partial<Record<Op, string>> = { add: '+', sub: '−', mul: '×', div: '÷', neg: '−' };

/** The short title of a node: its label, or its operation. */
export function nodeTitle(node: NodeData): string {
  if (node.label !== undefined) return node.label;
  if (node.op === 'constant') return formatNumber(node.value);
  if (node.op === 'pow') return node.exponent === undefined ? '^' : `^${formatNumber(node.exponent)}`;
  return SYMBOLS[node.op] ?? node.op;
}

export function drawGraph(graph: GraphData, layout: GraphLayout, knowledge: Knowledge): Picture {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes = graph.nodes.flatMap((node): PictureNode[] => {
    const place = layout.nodes.get(node.id);
    if (!place) return [];
    const value = knowledge.values.get(node.id);
    const grad = knowledge.grads.get(node.id);
    return [
      {
        id: node.id,
        x: place.x - LAYOUT.nodeWidth / 2,
        y: place.y - LAYOUT.nodeHeight / 2,
        width: LAYOUT.nodeWidth,
        height: LAYOUT.nodeHeight,
        title: nodeTitle(node),
        value: value === undefined ? '' : `= ${formatNumber(value)}`,
        grad: grad === undefined ? '' : `grad ${formatNumber(grad)}`,
        current: knowledge.current?.nodeId === node.id,
      },
    ];
  });
  const edges = graph.edges.flatMap((edge): PictureEdge[] => {
    const from = layout.nodes.get(edge.from);
    const to = layout.nodes.get(edge.to);
    if (!from || !to || !byId.has(edge.to)) return [];
    // Two edges between the same pair (x * x) bend apart.
    const twin = graph.edges.some((other) => other !== edge && other.from === edge.from && other.to === edge.to);
    const bend = twin ? (edge.argument === 0 ? -10 : 10) : 0;
    const x1 = from.x + LAYOUT.nodeWidth / 2;
    const x2 = to.x - LAYOUT.nodeWidth / 2;
    const y2 = to.y + bend / 2;
    const middle = (x1 + x2) / 2;
    const childGrad = knowledge.grads.get(edge.to);
    return [
      {
        from: edge.from,
        to: edge.to,
        path: `M${x1} ${from.y} C${middle} ${from.y + bend} ${middle} ${y2 + bend} ${x2} ${y2}`,
        labelX: middle,
        labelY: (from.y + y2) / 2 + bend - 6,
        label: childGrad === undefined ? '' : `← ${formatNumber(childGrad * edge.localGradient)}`,
        current: knowledge.current?.phase === 'backward' && knowledge.current.nodeId === edge.to,
      },
    ];
  });
  return { width: layout.width, height: layout.height, nodes, edges };
}

/**
 * The picture as an SVG tree: edges first, then the boxes, then the gradient labels on top. Classes carry the
 * look (`bpx__*`, `is-current` for the latest step); `extra` adds attributes to the `<svg>`.
 */
export function pictureSvg(picture: Picture, extra: Record<string, string> = {}): SvgElement {
  const current = (name: string, isCurrent: boolean) => (isCurrent ? `${name} is-current` : name);
  return el(
    'svg',
    {
      class: 'bpx__svg',
      viewBox: `0 0 ${picture.width} ${picture.height}`,
      width: picture.width,
      height: picture.height,
      'aria-hidden': 'true',
      ...extra,
    },
    ...picture.edges.map((edge) => el('path', { d: edge.path, class: current('bpx__edge', edge.current) })),
    ...picture.nodes.map((node) => {
      const middle = node.x + node.width / 2;
      return el(
        'g',
        { class: current('bpx__node', node.current), 'data-node': node.id },
        el('rect', { x: node.x, y: node.y, width: node.width, height: node.height, rx: 6 }),
        el('text', { x: middle, y: node.y + 15, 'text-anchor': 'middle', class: 'bpx__title' }, node.title),
        el('text', { x: middle, y: node.y + 28, 'text-anchor': 'middle' }, node.value),
        el('text', { x: middle, y: node.y + 40, 'text-anchor': 'middle', class: 'bpx__grad' }, node.grad),
      );
    }),
    ...picture.edges.map((edge) =>
      el(
        'text',
        { x: edge.labelX, y: edge.labelY, 'text-anchor': 'middle', class: current('bpx__label', edge.current) },
        edge.label,
      ),
    ),
  );
}
