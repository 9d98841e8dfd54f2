import { backward, Graph, type Value } from './autodiff';

/**
 * The smallest network worth drawing: inputs x1 and x2, two hidden neurons and one output neuron (2-2-1).
 *
 *   z1 = w1·x1 + w2·x2 + b1,  h1 = tanh(z1)
 *   z2 = w3·x1 + w4·x2 + b2,  h2 = tanh(z2)
 *   z3 = w5·h1 + w6·h2 + b3,  ŷ = sigmoid(z3)
 *   loss = (ŷ − y)²
 *
 * The hidden layer uses tanh rather than sigmoid: it is centred on 0 and its slope there is 1 (sigmoid's is at most
 * 0.25), so gradients reach the first layer at a readable size, and the reader meets two different activations.
 * The output uses sigmoid so that ŷ is in (0, 1), like a target y between 0 and 1.
 */

/** The parameter names in a fixed order: w1–w4 and b1, b2 feed the hidden layer; w5, w6 and b3 the output. */
export const PARAM_NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'b1', 'b2', 'b3'] as const;

export type ParamName = (typeof PARAM_NAMES)[number];

/** One number per parameter. */
export type Params = Readonly<Record<ParamName, number>>;

export interface NetworkInputs {
  readonly x1: number;
  readonly x2: number;
}

/** A starting point with small, unequal weights (equal ones would make h1 and h2 learn the same thing). */
export const INITIAL_PARAMS: Params = {
  w1: 0.5,
  w2: -0.4,
  w3: 0.3,
  w4: 0.8,
  w5: -0.6,
  w6: 0.7,
  b1: 0.1,
  b2: -0.1,
  b3: 0.05,
};

/** The recorded network: its graph, the prediction ŷ, the loss, and the node of each parameter. */
export interface NetworkGraph {
  graph: Graph;
  prediction: Value;
  loss: Value;
  params: Readonly<Record<ParamName, Value>>;
}

/**
 * Records one forward pass. Nodes are labelled as a beginner reads them (x1, w1, z1, h1, ŷ, y, loss); the
 * products and partial sums stay unlabelled. Each neuron's parameters are created just before it is used, so
 * the graph's creation order reads like the formulas above.
 */
export function buildNetworkGraph(params: Params, inputs: NetworkInputs, target: number): NetworkGraph {
  const graph = new Graph();
  const x1 = graph.input(inputs.x1, 'x1');
  const x2 = graph.input(inputs.x2, 'x2');
  const param = (name: ParamName) => graph.input(params[name], name);

  const [w1, w2, b1] = [param('w1'), param('w2'), param('b1')];
  const h1 = w1.mul(x1).add(w2.mul(x2)).add(b1).named('z1').tanh().named('h1');
  const [w3, w4, b2] = [param('w3'), param('w4'), param('b2')];
  const h2 = w3.mul(x1).add(w4.mul(x2)).add(b2).named('z2').tanh().named('h2');
  const [w5, w6, b3] = [param('w5'), param('w6'), param('b3')];
  const prediction = w5.mul(h1).add(w6.mul(h2)).add(b3).named('z3').sigmoid().named('ŷ');

  const loss = prediction.sub(graph.input(target, 'y')).pow(2).named('loss');
  return { graph, prediction, loss, params: { w1, w2, w3, w4, w5, w6, b1, b2, b3 } };
}

/** The loss for one example, without keeping the graph. */
export function networkLoss(params: Params, inputs: NetworkInputs, target: number): number {
  return buildNetworkGraph(params, inputs, target).loss.value;
}

function mapParams(valueOf: (name: ParamName) => number): Params {
  // fromEntries loses the key type; PARAM_NAMES lists every key, so the cast is exact.
  return Object.fromEntries(PARAM_NAMES.map((name) => [name, valueOf(name)])) as Record<ParamName, number>;
}

/** What one gradient-descent step did. */
export interface DescentStep {
  /** The parameters after the step. */
  params: Params;
  /** d loss / d parameter at the parameters before the step. */
  gradients: Params;
  lossBefore: number;
  lossAfter: number;
}

/** One step of gradient descent on one example: each parameter moves by −learningRate × its gradient. */
export function gradientDescentStep(
  params: Params,
  inputs: NetworkInputs,
  target: number,
  learningRate: number,
): DescentStep {
  const network = buildNetworkGraph(params, inputs, target);
  backward(network.loss);
  const gradients = mapParams((name) => network.params[name].grad);
  const next = mapParams((name) => params[name] - learningRate * gradients[name]);
  return { params: next, gradients, lossBefore: network.loss.value, lossAfter: networkLoss(next, inputs, target) };
}

/** Runs `steps` steps; `losses` has steps + 1 entries: the loss before training, then after each step. */
export function trainSteps(
  params: Params,
  inputs: NetworkInputs,
  target: number,
  learningRate: number,
  steps: number,
): { params: Params; losses: number[] } {
  let current = params;
  const losses = [networkLoss(params, inputs, target)];
  for (let step = 0; step < steps; step++) {
    const result = gradientDescentStep(current, inputs, target, learningRate);
    current = result.params;
    losses.push(result.lossAfter);
  }
  return { params: current, losses };
}
