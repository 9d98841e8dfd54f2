import type { GraphData } from './autodiff';

/**
 * Places a computational graph in columns for drawing, data flowing left to right: an operation sits one
 * column right of its furthest input, an input or constant one column left of its first use (so its edge is
 * short), and the nodes of a column are ordered by where the nodes they feed sit, which keeps crossings few.
 */

/** Where one node is drawn: the centre of its box, in SVG units. */
export interface PlacedNode {
  id: number;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface GraphLayout {
  nodes: ReadonlyMap<number, PlacedNode>;
  width: number;
  height: number;
}

/** Sizes of the drawing, in SVG units: node boxes and the gaps between columns and rows. */
export const LAYOUT = { nodeWidth: 88, nodeHeight: 44, columnGap: 132, rowGap: 58, margin: 12 } as const;

const LEAVES = new Set(['input', 'constant']);

export function layoutGraph(graph: GraphData): GraphLayout {
  const parents = new Map<number, number[]>();
  const children = new Map<number, number[]>();
  for (const edge of graph.edges) {
    parents.set(edge.to, [...(parents.get(edge.to) ?? []), edge.from]);
    children.set(edge.from, [...(children.get(edge.from) ?? []), edge.to]);
  }
  // Nodes come in topological order, so every parent's column is known before its children's.
  const column = new Map<number, number>();
  for (const node of graph.nodes) {
    if (LEAVES.has(node.op)) continue;
    const from = (parents.get(node.id) ?? []).filter((id) => column.has(id));
    column.set(node.id, 1 + Math.max(0, ...from.map((id) => column.get(id) ?? 0)));
  }
  for (const node of graph.nodes) {
    if (!LEAVES.has(node.op)) continue;
    const uses = (children.get(node.id) ?? []).map((id) => column.get(id) ?? 1);
    column.set(node.id, uses.length === 0 ? 0 : Math.min(...uses) - 1);
  }
  const columns = Math.max(0, ...column.values()) + 1;

  // Right to left: a column's nodes sort by the mean row of the nodes they feed, then by creation order.
  const row = new Map<number, number>();
  const byColumn: number[][] = Array.from({ length: columns }, () => []);
  for (const node of graph.nodes) byColumn[column.get(node.id) ?? 0]?.push(node.id);
  for (let index = columns - 1; index >= 0; index--) {
    const ids = byColumn[index] ?? [];
    const weight = (id: number) => {
      const fed = (children.get(id) ?? []).filter((child) => row.has(child));
      return fed.length === 0 ? Infinity : fed.reduce((sum, child) => sum + (row.get(child) ?? 0), 0) / fed.length;
    };
    const order = ids
      .map((id, position) => ({ id, position, weight: weight(id) }))
      .sort((a, b) => a.weight - b.weight || a.position - b.position);
    order.forEach(({ id }, position) => row.set(id, position));
  }

  const tallest = Math.max(1, ...byColumn.map((ids) => ids.length));
  const nodes = new Map<number, PlacedNode>();
  for (const node of graph.nodes) {
    const nodeColumn = column.get(node.id) ?? 0;
    const nodeRow = row.get(node.id) ?? 0;
    // Centre each column on the tallest one.
    const offset = (tallest - (byColumn[nodeColumn]?.length ?? 1)) / 2;
    nodes.set(node.id, {
      id: node.id,
      column: nodeColumn,
      row: nodeRow,
      x: LAYOUT.margin + LAYOUT.nodeWidth / 2 + nodeColumn * LAYOUT.columnGap,
      y: LAYOUT.margin + LAYOUT.nodeHeight / 2 + (nodeRow + offset) * LAYOUT.rowGap,
    });
  }
  return {
    nodes,
    width: 2 * LAYOUT.margin + LAYOUT.nodeWidth + (columns - 1) * LAYOUT.columnGap,
    height: 2 * LAYOUT.margin + LAYOUT.nodeHeight + (tallest - 1) * LAYOUT.rowGap,
  };
}
