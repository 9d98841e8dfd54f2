import { describe, expect, it } from 'vitest';
import { backward, forward, Graph, toGraphData, topologicalOrder, type Op, type Value } from '~/lib/autodiff';

/** A small seeded PRNG, so every generated case can be reproduced from SEED. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Name = 'a' | 'b' | 'c';
const NAMES: Name[] = ['a', 'b', 'c'];

/** One random formula, three ways: as text, as plain Math (the reference), and recorded on the engine. */
interface Formula {
  text: string;
  plain: (env: Record<Name, number>) => number;
  build: (nodes: Record<Name, Value>) => Value;
}

/** Random formulas whose domains stay valid: log only of exp(t) or t^2 + 1, division only by t^2 + 1 ≥ 1. */
function randomFormula(random: () => number, depth: number): Formula {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (depth === 0 || random() < 0.15) {
    if (random() < 0.25) {
      const value = Math.round((random() * 2 - 1) * 10) / 10;
      return { text: String(value), plain: () => value, build: (nodes) => nodes.a.graph.constant(value) };
    }
    const name = pick(NAMES);
    return { text: name, plain: (env) => env[name], build: (nodes) => nodes[name] };
  }
  const left = randomFormula(random, depth - 1);
  const right = randomFormula(random, depth - 1);
  const { text: l, plain: f, build: F } = left;
  const { text: r, plain: g, build: G } = right;
  const k = pick([2, 3]);
  const forms: Formula[] = [
    { text: `(${l} + ${r})`, plain: (e) => f(e) + g(e), build: (n) => F(n).add(G(n)) },
    { text: `(${l} - ${r})`, plain: (e) => f(e) - g(e), build: (n) => F(n).sub(G(n)) },
    { text: `(${l} * ${r})`, plain: (e) => f(e) * g(e), build: (n) => F(n).mul(G(n)) },
    {
      text: `(${l} / ((${r})^2 + 1))`,
      plain: (e) => f(e) / (g(e) ** 2 + 1),
      build: (n) => F(n).div(G(n).pow(2).add(1)),
    },
    { text: `(${l})^${k}`, plain: (e) => f(e) ** k, build: (n) => F(n).pow(k) },
    {
      text: `(sigmoid(${l}) + 0.5)^tanh(${r})`,
      plain: (e) => (1 / (1 + Math.exp(-f(e))) + 0.5) ** Math.tanh(g(e)),
      build: (n) => F(n).sigmoid().add(0.5).pow(G(n).tanh()),
    },
    { text: `-(${l})`, plain: (e) => -f(e), build: (n) => F(n).neg() },
    { text: `exp(${l})`, plain: (e) => Math.exp(f(e)), build: (n) => F(n).exp() },
    { text: `log((${l})^2 + 1)`, plain: (e) => Math.log(f(e) ** 2 + 1), build: (n) => F(n).pow(2).add(1).log() },
    { text: `log(exp(${l}))`, plain: (e) => Math.log(Math.exp(f(e))), build: (n) => F(n).exp().log() },
    { text: `tanh(${l})`, plain: (e) => Math.tanh(f(e)), build: (n) => F(n).tanh() },
    { text: `relu(${l})`, plain: (e) => Math.max(0, f(e)), build: (n) => F(n).relu() },
    { text: `sigmoid(${l})`, plain: (e) => 1 / (1 + Math.exp(-f(e))), build: (n) => F(n).sigmoid() },
  ];
  return pick(forms);
}

const SEED = 20260515;
const CASES = 40;
// Central differences f'(x) ≈ (f(x + h) − f(x − h)) / 2h have error O(h²); with h = 1e-5 that and rounding stay far
// below the tolerance: |analytic − numeric| ≤ 1e-5 × max(1, |analytic|).
const H = 1e-5;
const TOLERANCE = 1e-5;

const random = mulberry32(SEED);
const cases = Array.from({ length: CASES }, (_, index) => {
  const formula = randomFormula(random, 3);
  const env = { a: random() * 2 - 1, b: random() * 2 - 1, c: random() * 2 - 1 };
  return { index, formula, env };
});

function record({ formula, env }: (typeof cases)[number]) {
  const graph = new Graph();
  const nodes = { a: graph.input(env.a, 'a'), b: graph.input(env.b, 'b'), c: graph.input(env.c, 'c') };
  return { nodes, output: formula.build(nodes) };
}

describe('backward on random formulas (seed 20260515)', () => {
  it.each(cases)('case $index: $formula.text', (testCase) => {
    const { formula, env } = testCase;
    const { nodes, output } = record(testCase);
    backward(output);
    const where = `seed ${SEED}, case ${testCase.index}: ${formula.text} at ${JSON.stringify(env)}`;
    expect(output.value, where).toBeCloseTo(formula.plain(env), 10);
    for (const name of NAMES) {
      const shifted = (delta: number) => formula.plain({ ...env, [name]: env[name] + delta });
      const numeric = (shifted(H) - shifted(-H)) / (2 * H);
      const analytic = nodes[name].grad;
      expect(Math.abs(analytic - numeric), `d/d${name}, ${where}`).toBeLessThanOrEqual(
        TOLERANCE * Math.max(1, Math.abs(analytic)),
      );
    }
  });

  it('exercises every operation across the cases', () => {
    const used = new Set(cases.flatMap((testCase) => topologicalOrder(record(testCase).output).map((node) => node.op)));
    const all: Op[] = ['input', 'constant', 'add', 'sub', 'mul', 'div', 'pow', 'neg', 'exp', 'log', 'tanh'];
    expect([...used].sort()).toEqual([...all, 'relu', 'sigmoid'].sort());
    const valuePowers = cases.filter((testCase) =>
      topologicalOrder(record(testCase).output).some((node) => node.op === 'pow' && node.parents.length === 2),
    );
    expect(valuePowers.length).toBeGreaterThan(0);
  });

  it('orders every random graph topologically', () => {
    for (const testCase of cases) {
      const { output } = record(testCase);
      const order = topologicalOrder(output);
      const position = new Map(order.map((node, index) => [node, index]));
      expect(position.size, testCase.formula.text).toBe(order.length);
      expect(order.at(-1)).toBe(output);
      for (const node of order) {
        for (const parent of node.parents) expect(position.get(parent)).toBeLessThan(position.get(node) ?? -1);
      }
    }
  });
});

describe('graph structure', () => {
  it('records x * x as one x with two edges, and sums both gradients', () => {
    const graph = new Graph();
    const x = graph.input(3, 'x');
    const square = x.mul(x);
    backward(square);
    expect(x.grad).toBe(6);
    const data = toGraphData(square);
    expect(data.nodes.map(({ id, op, label }) => ({ id, op, label }))).toEqual([
      { id: 0, op: 'input', label: 'x' },
      { id: 1, op: 'mul', label: undefined },
    ]);
    expect(data.edges).toEqual([
      { from: 0, to: 1, argument: 0, localGradient: 3, gradient: 3 },
      { from: 0, to: 1, argument: 1, localGradient: 3, gradient: 3 },
    ]);
  });

  it('sums the gradients of a diamond: x → tanh(x), exp(x) → product', () => {
    const graph = new Graph();
    const x = graph.input(0.7, 'x');
    const output = x.tanh().mul(x.exp());
    backward(output);
    const expected = (1 - Math.tanh(0.7) ** 2) * Math.exp(0.7) + Math.tanh(0.7) * Math.exp(0.7);
    expect(x.grad).toBeCloseTo(expected, 12);
    const order = topologicalOrder(output);
    expect(order.map((node) => node.op)).toEqual(['input', 'tanh', 'exp', 'mul']);
    expect(toGraphData(output).edges.map(({ from, to }) => [from, to])).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  it('leaves out nodes the output does not depend on', () => {
    const graph = new Graph();
    const x = graph.input(1, 'x');
    const unused = x.exp();
    const output = x.add(2);
    expect(topologicalOrder(output)).not.toContain(unused);
    expect(topologicalOrder(output)).toHaveLength(3);
    expect(graph.nodes).toHaveLength(4);
  });

  it('turns plain numbers into constant nodes and keeps plain exponents on the node', () => {
    const graph = new Graph();
    const x = graph.input(2, 'x');
    const output = x.pow(3).mul(4);
    expect(topologicalOrder(output).map((node) => node.op)).toEqual(['input', 'pow', 'constant', 'mul']);
    expect(toGraphData(output).nodes[1]?.exponent).toBe(3);
  });

  it('refuses to combine nodes of different graphs', () => {
    const x = new Graph().input(1);
    const y = new Graph().input(2);
    expect(() => x.add(y)).toThrow(/different graphs/);
  });

  it('names nodes for chaining', () => {
    const graph = new Graph();
    const h = graph.input(0.2, 'z').tanh().named('h');
    expect(h.label).toBe('h');
  });
});

describe('backward', () => {
  it('gives the same gradients when called twice', () => {
    const graph = new Graph();
    const [x, y] = [graph.input(0.3, 'x'), graph.input(-1.2, 'y')];
    const output = x.mul(y).add(x.sigmoid()).tanh();
    backward(output);
    const first = graph.nodes.map((node) => node.grad);
    backward(output);
    expect(graph.nodes.map((node) => node.grad)).toEqual(first);
  });

  it('recomputes values and gradients after an input changes', () => {
    const graph = new Graph();
    const x = graph.input(3, 'x');
    const output = x.mul(x).add(x);
    backward(output);
    x.value = -2;
    backward(output);
    expect(output.value).toBe(2);
    expect(x.grad).toBe(-3);
  });

  it('zeroes gradients left over from another output', () => {
    const graph = new Graph();
    const x = graph.input(1, 'x');
    const y = graph.input(2, 'y');
    backward(x.mul(y));
    expect(y.grad).toBe(1);
    backward(x.exp());
    expect(y.grad).toBe(0);
  });

  it('lets forward refresh values without gradients', () => {
    const graph = new Graph();
    const x = graph.input(1, 'x');
    const output = x.add(1).pow(2);
    x.value = 2;
    expect(output.value).toBe(4);
    forward(output);
    expect(output.value).toBe(9);
    expect(x.grad).toBe(0);
  });

  it('reports the gradient each edge carries after backward', () => {
    const graph = new Graph();
    const [w, x] = [graph.input(0.5, 'w'), graph.input(-2, 'x')];
    const product = w.mul(x);
    const output = product.tanh();
    backward(output);
    const data = toGraphData(output);
    const toProduct = data.edges.filter((edge) => edge.to === product.id);
    expect(toProduct.map((edge) => edge.gradient)).toEqual([product.grad * -2, product.grad * 0.5]);
    expect(data.edges.find((edge) => edge.to === output.id)?.gradient).toBe(1 - Math.tanh(-1) ** 2);
    expect(data.nodes.map((node) => node.grad)).toEqual([w.grad, x.grad, product.grad, 1]);
  });
});

describe('numeric conventions', () => {
  it.each([0, -1])('makes log(%s) NaN, not an error', (input) => {
    const graph = new Graph();
    const x = graph.input(input, 'x');
    const output = x.log();
    backward(output);
    expect(output.value).toBeNaN();
    expect(x.grad).toBeNaN();
  });

  it('takes relu’s slope at 0 as 0', () => {
    const graph = new Graph();
    const x = graph.input(0, 'x');
    backward(x.relu());
    expect(x.grad).toBe(0);
    x.value = 1e-9;
    backward(x.relu());
    expect(x.grad).toBe(1);
  });

  it('computes sigmoid without overflow and keeps its tiny slopes accurate', () => {
    const graph = new Graph();
    const x = graph.input(1000, 'x');
    const output = x.sigmoid();
    backward(output);
    expect([output.value, x.grad]).toEqual([1, 0]);
    x.value = -1000;
    backward(output);
    expect([output.value, x.grad]).toEqual([0, 0]);
    // Here σ(x) rounds to 1, so σ(x)(1 − σ(x)) would give 0 instead of about e^-40.
    x.value = 40;
    backward(output);
    expect(x.grad / Math.exp(-40)).toBeCloseTo(1, 12);
  });

  it('gives x^0 the slope 0 even at x = 0', () => {
    const graph = new Graph();
    const x = graph.input(0, 'x');
    backward(x.pow(0));
    expect(x.grad).toBe(0);
  });

  it('differentiates a power with a node exponent in both arguments', () => {
    const graph = new Graph();
    const [x, y] = [graph.input(2, 'x'), graph.input(3, 'y')];
    backward(x.pow(y));
    expect(x.grad).toBe(12);
    expect(y.grad).toBeCloseTo(8 * Math.log(2), 12);
  });
});
