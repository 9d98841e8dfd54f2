import { describe, expect, it } from 'vitest';
import { backward, topologicalOrder } from '~/lib/autodiff';
import {
  buildNetworkGraph,
  gradientDescentStep,
  INITIAL_PARAMS,
  networkLoss,
  PARAM_NAMES,
  trainSteps,
  type Params,
} from '~/lib/tinyNetwork';

const inputs = { x1: 0.5, x2: -1 };
const target = 1;

/** The same network written out with plain Math, as an independent reference. */
function handLoss(p: Params, x1: number, x2: number, y: number): number {
  const h1 = Math.tanh(p.w1 * x1 + p.w2 * x2 + p.b1);
  const h2 = Math.tanh(p.w3 * x1 + p.w4 * x2 + p.b2);
  const prediction = 1 / (1 + Math.exp(-(p.w5 * h1 + p.w6 * h2 + p.b3)));
  return (prediction - y) ** 2;
}

describe('buildNetworkGraph', () => {
  it('computes the loss the formulas give', () => {
    expect(networkLoss(INITIAL_PARAMS, inputs, target)).toBeCloseTo(handLoss(INITIAL_PARAMS, 0.5, -1, 1), 14);
  });

  it('labels the nodes a beginner reads, and maps every parameter to its node', () => {
    const network = buildNetworkGraph(INITIAL_PARAMS, inputs, target);
    const labels = topologicalOrder(network.loss).flatMap((node) => node.label ?? []);
    expect(labels).toEqual([
      ...['x1', 'x2', 'w1', 'w2', 'b1', 'z1', 'h1', 'w3', 'w4', 'b2', 'z2', 'h2'],
      ...['w5', 'w6', 'b3', 'z3', 'ŷ', 'y', 'loss'],
    ]);
    expect(network.prediction.label).toBe('ŷ');
    for (const name of PARAM_NAMES) {
      expect(network.params[name].label).toBe(name);
      expect(network.params[name].value).toBe(INITIAL_PARAMS[name]);
    }
  });

  it('has gradients equal to central finite differences (h = 1e-6, within 1e-7)', () => {
    const network = buildNetworkGraph(INITIAL_PARAMS, inputs, target);
    backward(network.loss);
    for (const name of PARAM_NAMES) {
      const shifted = (delta: number) =>
        handLoss({ ...INITIAL_PARAMS, [name]: INITIAL_PARAMS[name] + delta }, 0.5, -1, 1);
      const numeric = (shifted(1e-6) - shifted(-1e-6)) / 2e-6;
      expect(Math.abs(network.params[name].grad - numeric), name).toBeLessThan(1e-7);
      expect(Math.abs(network.params[name].grad), name).toBeGreaterThan(1e-3);
    }
  });
});

describe('gradientDescentStep', () => {
  it('lowers the loss with a small learning rate and reports it truthfully', () => {
    const step = gradientDescentStep(INITIAL_PARAMS, inputs, target, 0.1);
    expect(step.lossBefore).toBe(networkLoss(INITIAL_PARAMS, inputs, target));
    expect(step.lossAfter).toBe(networkLoss(step.params, inputs, target));
    expect(step.lossAfter).toBeLessThan(step.lossBefore);
  });

  it('moves each parameter by −learning rate × gradient, without touching its argument', () => {
    const params = Object.freeze({ ...INITIAL_PARAMS });
    const step = gradientDescentStep(params, inputs, target, 0.1);
    expect(params).toEqual(INITIAL_PARAMS);
    for (const name of PARAM_NAMES) {
      expect(step.params[name]).toBeCloseTo(params[name] - 0.1 * step.gradients[name], 15);
      expect(step.params[name]).not.toBe(params[name]);
    }
  });

  it('leaves parameters alone at learning rate 0', () => {
    expect(gradientDescentStep(INITIAL_PARAMS, inputs, target, 0).params).toEqual(INITIAL_PARAMS);
  });
});

describe('trainSteps', () => {
  it('drives the loss down over a few dozen steps', () => {
    const { losses, params } = trainSteps(INITIAL_PARAMS, inputs, target, 0.5, 40);
    expect(losses).toHaveLength(41);
    expect(losses[0]).toBe(networkLoss(INITIAL_PARAMS, inputs, target));
    expect(losses.at(-1)).toBe(networkLoss(params, inputs, target));
    expect(losses.at(-1)).toBeLessThan((losses[0] ?? 0) / 20);
    expect(losses.every((loss, index) => index === 0 || loss < (losses[index - 1] ?? 0))).toBe(true);
  });

  it('learns a target of 0 as well', () => {
    const { losses } = trainSteps(INITIAL_PARAMS, { x1: -1, x2: 2 }, 0, 0.5, 40);
    expect(losses.at(-1)).toBeLessThan(0.01);
  });
});
