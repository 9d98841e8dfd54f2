import { backward, edgesInto, topologicalOrder, type EdgeData, type Value } from './autodiff';

/**
 * Step-by-step plans of a forward and a backward pass, for a stepper that can show any step from plain data.
 * Narration shows numbers through {@link formatNumber}; the step data keeps the raw numbers.
 */

/** A node's value becomes known. */
export interface ForwardStep {
  phase: 'forward';
  nodeId: number;
  value: number;
  /** E.g. "h1 = tanh(z1) = tanh(0.35) = 0.336". */
  narration: string;
}

/** A node's gradient becomes known, and it sends gradient on to its parents. */
export interface BackwardStep {
  phase: 'backward';
  nodeId: number;
  /** d output / d this node. */
  grad: number;
  /** Edges from the nodes that use this one; their `gradient`s add up to `grad` (none for the output). */
  gradientFrom: EdgeData[];
  /** Edges to this node's parents, each carrying `grad` × its local gradient. */
  gradientTo: EdgeData[];
  /** E.g. "∂loss/∂w1 = ∂loss/∂(w1 × x1) × x1 = 0.12 × 0.5 = 0.06". */
  narration: string;
}

export type Step = ForwardStep | BackwardStep;

/**
 * Rounds a number for narration to 3 decimals, or to 3 significant digits when its size is below 1 (so that a
 * small gradient does not read as 0): 0.33596 → "0.336", 12.34567 → "12.346", 0.000123456 → "0.000123".
 * Uses the minus sign "−"; NaN and infinities read "NaN", "∞", "−∞".
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  const rounded = Number(Math.abs(x) < 1 ? x.toPrecision(3) : x.toFixed(3));
  return rounded === 0 ? '0' : String(rounded).replace('-', '−');
}

/** Text with the precedence of its top-level operator (Infinity for a name, number or function call). */
interface Shown {
  text: string;
  precedence: number;
}

const ATOM = Infinity;
const PRECEDENCE: Partial<Record<Value['op'], number>> = { add: 1, sub: 1, neg: 1, mul: 2, div: 2, pow: 3 };

/**
 * Parenthesises text whose operator binds less tightly than `minimum`. A right operand asks for half a level more
 * than its operator's own (a − (b − c) keeps its parentheses), a left one for exactly that level; `^` groups to the
 * right, so there it is the other way round.
 */
const wrap = ({ text, precedence }: Shown, minimum = ATOM) => (precedence < minimum ? `(${text})` : text);

const shownNumber = (x: number): Shown => ({ text: formatNumber(x), precedence: x < 0 ? 1 : ATOM });

/**
 * How a node is named in narration: its label; a constant's value; otherwise its formula in terms of its parents'
 * names, e.g. "w1 × x1". A UI can use the same names to caption nodes.
 */
export function nodeName(node: Value): string {
  return showName(node).text;
}

function showName(node: Value): Shown {
  if (node.label !== undefined) return { text: node.label, precedence: ATOM };
  if (node.op === 'constant') return shownNumber(node.value);
  if (node.op === 'input') return { text: `#${node.id}`, precedence: ATOM };
  return { text: formula(node, showName), precedence: PRECEDENCE[node.op] ?? ATOM };
}

/** The node's operation applied to its parents as `show` displays them: "z1 + b1", "tanh(0.35)". */
function formula(node: Value, show: (parent: Value) => Shown): string {
  const [a = shownNumber(NaN), b = shownNumber(NaN)] = node.parents.map(show);
  switch (node.op) {
    case 'add':
      return `${wrap(a, 1)} + ${wrap(b, 1.5)}`;
    case 'sub':
      return `${wrap(a, 1)} − ${wrap(b, 1.5)}`;
    case 'mul':
      return `${wrap(a, 2)} × ${wrap(b, 2.5)}`;
    case 'div':
      return `${wrap(a, 2)} / ${wrap(b, 2.5)}`;
    case 'pow':
      return `${wrap(a, 3.5)}^${wrap(node.exponent === undefined ? b : shownNumber(node.exponent), 3)}`;
    case 'neg':
      return `−${wrap(a, 2.5)}`;
    case 'input':
    case 'constant':
      return formatNumber(node.value);
    default:
      return `${node.op}(${a.text})`;
  }
}

/** The local gradient d child / d parent `argument` as a formula in node names, e.g. "1 − h1^2" for tanh. */
function localGradientFormula(child: Value, argument: number): Shown {
  const [a = shownNumber(NaN), b = shownNumber(NaN)] = child.parents.map(showName);
  const self = showName(child);
  const product = (text: string): Shown => ({ text, precedence: 2 });
  switch (child.op) {
    case 'add':
      return shownNumber(1);
    case 'sub':
      return shownNumber(argument === 0 ? 1 : -1);
    case 'neg':
      return shownNumber(-1);
    case 'mul':
      return argument === 0 ? b : a;
    case 'div':
      if (argument === 0) return product(`1 / ${wrap(b, 2.5)}`);
      return { text: `−${wrap(a, 2.5)} / ${wrap(b, 3.5)}^2`, precedence: 1 };
    case 'pow': {
      if (child.exponent === undefined) {
        if (argument === 0) return product(`${wrap(b, 2)} × ${wrap(a, 3.5)}^(${b.text} − 1)`);
        return product(`${wrap(self, 2)} × ln(${a.text})`);
      }
      const power = child.exponent - 1;
      const base = power === 1 ? wrap(a, 2.5) : `${wrap(a, 3.5)}^${wrap(shownNumber(power), 3)}`;
      return product(`${wrap(shownNumber(child.exponent), 2)} × ${base}`);
    }
    case 'exp':
      return self;
    case 'log':
      return product(`1 / ${wrap(a, 2.5)}`);
    case 'tanh':
      return { text: `1 − ${wrap(self, 3.5)}^2`, precedence: 1 };
    case 'relu':
      return shownNumber(child.localGradients[0] ?? NaN);
    case 'sigmoid':
      return product(`${wrap(self, 2)} × (1 − ${wrap(self, 2)})`);
    case 'input':
    case 'constant':
      return shownNumber(NaN);
  }
}

function narrateForward(node: Value): string {
  const name = nodeName(node);
  if (node.op === 'input') return `${name} = ${formatNumber(node.value)} (an input)`;
  if (node.op === 'constant') {
    return `${node.label === undefined ? '' : `${name} = `}${formatNumber(node.value)} (a constant)`;
  }
  const parts = [
    formula(node, showName),
    formula(node, (parent) => shownNumber(parent.value)),
    formatNumber(node.value),
  ];
  if (node.label !== undefined) parts.unshift(name);
  // "−x = −0.7" rather than "−x = −0.7 = −0.7".
  return parts.filter((part, index) => part !== parts[index + 1]).join(' = ');
}

function narrateBackward(node: Value, output: Value, uses: readonly EdgeData[], byId: Map<number, Value>): string {
  const partial = (of: Value) => `∂${wrap(showName(output))}/∂${wrap(showName(of))}`;
  if (node === output) return `${partial(node)} = 1 (the backward pass starts at the output)`;
  const symbols: string[] = [];
  const numbers: string[] = [];
  for (const edge of uses) {
    const child = byId.get(edge.to);
    if (!child) continue;
    symbols.push(`${partial(child)} × ${wrap(localGradientFormula(child, edge.argument), 2.5)}`);
    numbers.push(
      `${wrap(shownNumber(child.grad), numbers.length === 0 ? 1 : 1.5)} × ${wrap(shownNumber(edge.localGradient), 2.5)}`,
    );
  }
  return `${partial(node)} = ${symbols.join(' + ')} = ${numbers.join(' + ')} = ${formatNumber(node.grad)}`;
}

/**
 * Runs {@link backward} on `output` (so its graph's values and grads are updated), then lists the steps: one
 * forward step per node in topological order, then one backward step per node in reverse topological order.
 * The steps are snapshots: they do not change if the graph does later.
 */
export function planSteps(output: Value): Step[] {
  backward(output);
  const order = topologicalOrder(output);
  const byId = new Map(order.map((node) => [node.id, node]));
  const edges = order.flatMap(edgesInto);
  const forwardSteps = order.map((node): ForwardStep => ({
    phase: 'forward',
    nodeId: node.id,
    value: node.value,
    narration: narrateForward(node),
  }));
  const backwardSteps = order.reverse().map((node): BackwardStep => {
    const gradientFrom = edges.filter((edge) => edge.from === node.id);
    return {
      phase: 'backward',
      nodeId: node.id,
      grad: node.grad,
      gradientFrom,
      gradientTo: edges.filter((edge) => edge.to === node.id),
      narration: narrateBackward(node, output, gradientFrom, byId),
    };
  });
  return [...forwardSteps, ...backwardSteps];
}

/** What a stepper shows after a step. */
export interface StepState {
  /** The step just taken; undefined before the first. */
  step: Step | undefined;
  /** Node id → value, for the nodes whose value is known so far. */
  values: ReadonlyMap<number, number>;
  /** Node id → gradient, for the nodes whose gradient is known so far (none during the forward pass). */
  grads: ReadonlyMap<number, number>;
}

/** The state after `steps[index]`. A negative index means before any step; one past the end means the last. */
export function stateAt(steps: readonly Step[], index: number): StepState {
  const last = Math.min(Math.floor(index), steps.length - 1);
  const values = new Map<number, number>();
  const grads = new Map<number, number>();
  for (const step of steps.slice(0, Math.max(0, last + 1))) {
    if (step.phase === 'forward') values.set(step.nodeId, step.value);
    else grads.set(step.nodeId, step.grad);
  }
  return { step: steps[last], values, grads };
}
