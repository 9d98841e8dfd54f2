import { describe, expect, it } from 'vitest';
import { Graph, topologicalOrder } from '~/lib/autodiff';
import { formatNumber, nodeName, planSteps, stateAt, type BackwardStep } from '~/lib/backpropSteps';
import { buildGraph, parseExpression } from '~/lib/expression';
import { buildNetworkGraph, INITIAL_PARAMS } from '~/lib/tinyNetwork';

function network() {
  return buildNetworkGraph(INITIAL_PARAMS, { x1: 0.5, x2: -1 }, 1);
}

function expressionOutput(text: string, env: Record<string, number>) {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(result.error.message);
  return buildGraph(result.expression, env).output;
}

describe('formatNumber', () => {
  it.each([
    [0.33596, '0.336'],
    [0.06, '0.06'],
    [12.34567, '12.346'],
    [2, '2'],
    [-0.685, '−0.685'],
    [0.000123456, '0.000123'],
    [-1e-20, '−1e-20'],
    [1234.5, '1234.5'],
    [-0, '0'],
    [NaN, 'NaN'],
    [-Infinity, '−∞'],
  ])('shows %s as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('nodeName', () => {
  it('uses labels, constants’ values, and formulas for the rest', () => {
    const graph = new Graph();
    const [a, b, c] = [graph.input(1, 'a'), graph.input(2, 'b'), graph.input(3, 'c')];
    expect(nodeName(a.add(b).mul(c))).toBe('(a + b) × c');
    expect(nodeName(a.sub(b.sub(c)))).toBe('a − (b − c)');
    expect(nodeName(a.pow(b.pow(c)))).toBe('a^b^c');
    expect(nodeName(a.pow(b).pow(c))).toBe('(a^b)^c');
    expect(nodeName(a.mul(-2).tanh())).toBe('tanh(a × (−2))');
    expect(nodeName(a.pow(-1).neg())).toBe('−a^(−1)');
  });
});

describe('planSteps', () => {
  it('has one forward step per node in topological order, then one backward step per node in reverse', () => {
    const { loss } = network();
    const order = topologicalOrder(loss).map((node) => node.id);
    const steps = planSteps(loss);
    expect(steps).toHaveLength(2 * order.length);
    expect(steps.slice(0, order.length).map((step) => [step.phase, step.nodeId])).toEqual(
      order.map((id) => ['forward', id]),
    );
    expect(steps.slice(order.length).map((step) => [step.phase, step.nodeId])).toEqual(
      [...order].reverse().map((id) => ['backward', id]),
    );
  });

  it('keeps raw values and gradients, and the edges each gradient comes from and goes to', () => {
    const { loss, params } = network();
    const steps = planSteps(loss);
    const w1 = steps.find((step): step is BackwardStep => step.phase === 'backward' && step.nodeId === params.w1.id);
    expect(w1?.grad).toBe(params.w1.grad);
    expect(w1?.gradientTo).toEqual([]);
    expect(w1?.gradientFrom).toHaveLength(1);
    expect(w1?.gradientFrom[0]?.gradient).toBe(params.w1.grad);
    const first = steps.find((step) => step.phase === 'backward');
    expect(first).toMatchObject({ nodeId: loss.id, grad: 1, gradientFrom: [] });
    expect(first?.phase === 'backward' && first.gradientTo.map((edge) => edge.to)).toEqual([loss.id]);
  });

  it('narrates a forward step with names, then numbers, then the rounded result', () => {
    const graph = new Graph();
    const z = graph.input(0.35, 'z1');
    const steps = planSteps(z.tanh().named('h1'));
    expect(steps.map((step) => step.narration)).toEqual([
      'z1 = 0.35 (an input)',
      'h1 = tanh(z1) = tanh(0.35) = 0.336',
      '∂h1/∂h1 = 1 (the backward pass starts at the output)',
      '∂h1/∂z1 = ∂h1/∂h1 × (1 − h1^2) = 1 × 0.887 = 0.887',
    ]);
  });

  it('narrates the chain rule for a weight of the network with rounded numbers', () => {
    const { loss, params } = network();
    const steps = planSteps(loss);
    const step = steps.find((item) => item.phase === 'backward' && item.nodeId === params.w1.id);
    const product = loss.graph.nodes.find((node) => node.op === 'mul' && node.parents[0] === params.w1);
    expect(step?.narration).toBe(
      `∂loss/∂w1 = ∂loss/∂(w1 × x1) × x1 = ${formatNumber(product?.grad ?? NaN)} × 0.5 = ${formatNumber(params.w1.grad)}`,
    );
    expect(step?.narration).toMatch(/= 0\.106 × 0\.5 = 0\.0529$/);
  });

  it('adds up the gradient of a node used twice', () => {
    const steps = planSteps(expressionOutput('x*x + -x', { x: 0.7 }));
    expect(steps.at(-1)?.narration).toBe(
      '∂f/∂x = ∂f/∂(x × x) × x + ∂f/∂(x × x) × x + ∂f/∂(−x) × (−1) = 1 × 0.7 + 1 × 0.7 + 1 × (−1) = 0.4',
    );
  });

  it('does not repeat a number that the formula already is', () => {
    const steps = planSteps(expressionOutput('exp(-x)', { x: 0.7 }));
    expect(steps.map((step) => step.narration).slice(0, 3)).toEqual([
      'x = 0.7 (an input)',
      '−x = −0.7',
      'f = exp(−x) = exp(−0.7) = 0.497',
    ]);
  });
});

describe('stateAt', () => {
  const { loss } = network();
  const steps = planSteps(loss);
  const nodes = topologicalOrder(loss);

  it('shows nothing before the first step', () => {
    const state = stateAt(steps, -1);
    expect([state.step, state.values.size, state.grads.size]).toEqual([undefined, 0, 0]);
  });

  it('shows values but no gradients during the forward pass', () => {
    for (let index = 0; index < nodes.length; index++) {
      const state = stateAt(steps, index);
      expect(state.grads.size).toBe(0);
      expect(state.values.size).toBe(index + 1);
      expect(state.step).toBe(steps[index]);
    }
  });

  it('adds gradients one node at a time during the backward pass, ending with every node', () => {
    const halfway = stateAt(steps, nodes.length + 2);
    expect(halfway.values.size).toBe(nodes.length);
    expect([...halfway.grads.keys()]).toEqual(
      nodes
        .slice(-3)
        .map((node) => node.id)
        .reverse(),
    );
    const end = stateAt(steps, steps.length - 1);
    expect(end.grads).toEqual(new Map(nodes.map((node) => [node.id, node.grad])));
    expect(end.values).toEqual(new Map(nodes.map((node) => [node.id, node.value])));
  });

  it('clamps an index past the end to the last step', () => {
    expect(stateAt(steps, steps.length + 5)).toEqual(stateAt(steps, steps.length - 1));
  });

  it('keeps the plan unchanged when the graph changes later', () => {
    const network2 = network();
    const planned = planSteps(network2.loss);
    const before = JSON.stringify(planned);
    network2.params.w1.value = 10;
    planSteps(network2.loss);
    expect(JSON.stringify(planned)).toBe(before);
  });
});
