/**
 * A tiny scalar automatic-differentiation engine for the interactive explainers. A {@link Graph} records every
 * number computed from its inputs as a {@link Value} node, so the computation can be drawn, replayed step by step
 * and differentiated with {@link backward}.
 *
 * Numeric conventions, chosen so a slider can never crash an explainer:
 * - `log` of zero or of a negative number is NaN (never a thrown error), and so is its derivative; NaN then flows
 *   into everything computed from it, so check `Number.isFinite` before drawing a number.
 * - `relu`'s derivative at exactly 0 is 0, as in PyTorch.
 * - `sigmoid` and its derivative are computed without overflow for any input.
 * - Division by zero gives ±Infinity or NaN, as plain JavaScript does.
 */

/** The one-argument functions, as plain number → number functions shared by the engine and the parser. */
export const scalarFunctions = {
  exp: Math.exp,
  log: (x: number) => (x > 0 ? Math.log(x) : NaN),
  tanh: Math.tanh,
  relu: (x: number) => Math.max(0, x),
  // Two forms so that Math.exp only ever sees a non-positive number and cannot overflow.
  sigmoid: (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
} satisfies Record<string, (x: number) => number>;

/** The name of a one-argument function: `exp`, `log`, `tanh`, `relu` or `sigmoid`. */
export type FunctionName = keyof typeof scalarFunctions;

/** What a node computes. `input` nodes are set from outside; `constant` nodes never change. */
export type Op = 'input' | 'constant' | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'neg' | FunctionName;

/** A number an operation accepts: another node of the same graph, or a plain number (recorded as a constant). */
export type Operand = Value | number;

/** Records the nodes of one computation. Nodes of different graphs cannot be combined. */
export class Graph {
  /** Every node, in creation order; ids are indexes into this list, so they are stable for the same program. */
  readonly nodes: Value[] = [];

  /** A number the reader may change (an input or a parameter), e.g. `graph.input(0.5, 'x1')`. */
  input(value: number, label?: string): Value {
    return new Value(this, 'input', [], undefined, value, label);
  }

  /** A fixed number, e.g. the `3` in `3 * x`. */
  constant(value: number, label?: string): Value {
    return new Value(this, 'constant', [], undefined, value, label);
  }
}

/** One node of a {@link Graph}: a number, how it was computed, and (after {@link backward}) its gradient. */
export class Value {
  readonly graph: Graph;
  /** Position in `graph.nodes`; a node's parents always have smaller ids. */
  readonly id: number;
  readonly op: Op;
  /** The nodes this one was computed from, in argument order; a node used twice (x * x) appears twice. */
  readonly parents: readonly Value[];
  /** For `pow` with a plain-number exponent (`x ^ 2`); undefined when the exponent is the second parent. */
  readonly exponent: number | undefined;
  /** A name a reader recognises ('x', 'w1', 'h1'); undefined for unnamed intermediate results. */
  label: string | undefined;
  /** The current value. Set it only on `input` nodes, then call {@link forward} or {@link backward}. */
  value: number;
  /** d output / d this node, as set by the last {@link backward}; 0 before. */
  grad = 0;
  /** d this node / d parent, one per entry of `parents`, for the current values. */
  localGradients: readonly number[] = [];

  /** Internal: create nodes with {@link Graph.input}, {@link Graph.constant} or an operation. */
  constructor(
    graph: Graph,
    op: Op,
    parents: readonly Value[],
    exponent: number | undefined,
    value: number,
    label?: string,
  ) {
    if (parents.some((parent) => parent.graph !== graph)) throw new Error('Cannot combine values of different graphs');
    this.graph = graph;
    this.id = graph.nodes.length;
    this.op = op;
    this.parents = parents;
    this.exponent = exponent;
    this.value = value;
    this.label = label;
    graph.nodes.push(this);
    refresh(this);
  }

  add(other: Operand): Value {
    return this.derive('add', [this, this.operand(other)]);
  }
  sub(other: Operand): Value {
    return this.derive('sub', [this, this.operand(other)]);
  }
  mul(other: Operand): Value {
    return this.derive('mul', [this, this.operand(other)]);
  }
  div(other: Operand): Value {
    return this.derive('div', [this, this.operand(other)]);
  }
  /** `this ^ exponent`. A plain-number exponent is kept on the node, not added as a constant parent. */
  pow(exponent: Operand): Value {
    if (typeof exponent === 'number') return this.derive('pow', [this], exponent);
    return this.derive('pow', [this, exponent]);
  }
  neg(): Value {
    return this.derive('neg', [this]);
  }
  exp(): Value {
    return this.derive('exp', [this]);
  }
  /** Natural logarithm; NaN for a non-positive argument. */
  log(): Value {
    return this.derive('log', [this]);
  }
  tanh(): Value {
    return this.derive('tanh', [this]);
  }
  /** max(0, x); its derivative at 0 is taken as 0. */
  relu(): Value {
    return this.derive('relu', [this]);
  }
  sigmoid(): Value {
    return this.derive('sigmoid', [this]);
  }

  /** Gives this node a label and returns it, for chaining: `z1.tanh().named('h1')`. */
  named(label: string): this {
    this.label = label;
    return this;
  }

  private operand(other: Operand): Value {
    return typeof other === 'number' ? this.graph.constant(other) : other;
  }

  private derive(op: Op, parents: readonly Value[], exponent?: number): Value {
    return new Value(this.graph, op, parents, exponent, NaN);
  }
}

/** How an operation computes its value and its local gradients from its arguments `a`, `b`. */
type Rule = (a: number, b: number, exponent: number | undefined) => [value: number, localGradients: number[]];

const { log, relu, sigmoid } = scalarFunctions;

const RULES: Record<Exclude<Op, 'input' | 'constant'>, Rule> = {
  add: (a, b) => [a + b, [1, 1]],
  sub: (a, b) => [a - b, [1, -1]],
  mul: (a, b) => [a * b, [b, a]],
  div: (a, b) => [a / b, [1 / b, -a / (b * b)]],
  // A plain exponent p = 0 gets slope 0 outright, where 0 * 0 ** -1 would give NaN. With an exponent node,
  // d(a^b)/db = a^b ln a has no real value for a <= 0.
  pow: (a, b, p) =>
    p === undefined
      ? [a ** b, [b * a ** (b - 1), a > 0 ? a ** b * Math.log(a) : NaN]]
      : [a ** p, [p === 0 ? 0 : p * a ** (p - 1)]],
  neg: (a) => [-a, [-1]],
  exp: (a) => [Math.exp(a), [Math.exp(a)]],
  log: (a) => [log(a), [a > 0 ? 1 / a : NaN]],
  tanh: (a) => [Math.tanh(a), [1 - Math.tanh(a) ** 2]],
  relu: (a) => [relu(a), [a > 0 ? 1 : 0]],
  // σ(a)(1 − σ(a)) written as σ(a)σ(−a), which stays accurate where σ(a) rounds to 1.
  sigmoid: (a) => [sigmoid(a), [sigmoid(a) * sigmoid(-a)]],
};

/** Recomputes a node's value and local gradients from its parents; inputs and constants keep their value. */
function refresh(node: Value): void {
  if (node.op === 'input' || node.op === 'constant') return;
  const [a = NaN, b = NaN] = node.parents.map((parent) => parent.value);
  [node.value, node.localGradients] = RULES[node.op](a, b, node.exponent);
}

/** The node and everything it was computed from, each once, every node after all of its parents; output last. */
export function topologicalOrder(output: Value): Value[] {
  const seen = new Set<Value>([output]);
  const stack = [output];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const parent of node.parents) {
      if (!seen.has(parent)) {
        seen.add(parent);
        stack.push(parent);
      }
    }
  }
  // Parents are always created before their children, so creation order is a topological order.
  return [...seen].sort((first, second) => first.id - second.id);
}

/** Recomputes every value that `output` depends on from the current input values. */
export function forward(output: Value): void {
  for (const node of topologicalOrder(output)) refresh(node);
}

/**
 * Sets every node's `grad` to d output / d node. Recomputes values first (see {@link forward}) and zeroes all
 * grads of the graph, so it can be called again after inputs change. A node used several times receives the sum of
 * the gradients flowing along each use; nodes `output` does not depend on get 0.
 */
export function backward(output: Value): void {
  forward(output);
  for (const node of output.graph.nodes) node.grad = 0;
  output.grad = 1;
  for (const node of topologicalOrder(output).reverse()) {
    node.parents.forEach((parent, argument) => {
      parent.grad += node.grad * (node.localGradients[argument] ?? NaN);
    });
  }
}

/** A node as plain data, for drawing. */
export interface NodeData {
  id: number;
  op: Op;
  label: string | undefined;
  value: number;
  grad: number;
  /** The plain-number exponent of a `pow` node, if it has one. */
  exponent: number | undefined;
}

/** The edge along which parent `from` feeds argument `argument` of node `to`. */
export interface EdgeData {
  from: number;
  to: number;
  /** Which argument of `to` this is (0 or 1): x * x has two edges from x. */
  argument: number;
  /** d to / d from, for the current values. */
  localGradient: number;
  /** The gradient this edge carries back: grad of `to` × `localGradient` (0 before {@link backward}). */
  gradient: number;
}

/** The graph `output` depends on, as plain data: nodes in topological order, edges grouped by child. */
export interface GraphData {
  nodes: NodeData[];
  edges: EdgeData[];
}

/** The edges from a node's parents into it, with the current gradients. */
export function edgesInto(node: Value): EdgeData[] {
  return node.parents.map((parent, argument) => {
    const localGradient = node.localGradients[argument] ?? NaN;
    return { from: parent.id, to: node.id, argument, localGradient, gradient: node.grad * localGradient };
  });
}

/** A snapshot of the graph behind `output`, safe to keep after the graph changes. */
export function toGraphData(output: Value): GraphData {
  const order = topologicalOrder(output);
  return {
    nodes: order.map(({ id, op, label, value, grad, exponent }) => ({ id, op, label, value, grad, exponent })),
    edges: order.flatMap(edgesInto),
  };
}
