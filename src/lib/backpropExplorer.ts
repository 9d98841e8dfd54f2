import { toGraphData, type GraphData } from './autodiff';
import { planSteps, type Step } from './backpropSteps';
import { buildGraph, parseExpression, valueMap, variablesOf, type Environment, type Expression } from './expression';
import { reservedName } from './expressionToPython';
import { INITIAL_PARAMS } from './tinyNetwork';

/**
 * The backprop explorer's model, without the page: a formula and its variables' values become a graph, a plan of
 * forward and backward steps, and — for the variables that are parameters — gradient-descent updates.
 */

/** A ready-made formula to explore. */
export interface Preset {
  id: string;
  /** Shown in the preset chooser. */
  name: string;
  formula: string;
  values: Readonly<Record<string, number>>;
  /** What the output is called: "loss" when the formula is one. */
  output: string;
  /** One or two sentences on what to watch for. */
  hint: string;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'neuron',
    name: 'One neuron and its loss',
    formula: '(sigmoid(w*x + b) - y)^2',
    values: { w: 0.8, x: 1.5, b: -0.5, y: 1 },
    output: 'loss',
    hint: 'A single neuron predicts sigmoid(w·x + b) for the input x; the loss is its squared distance from the target y. Gradient descent nudges w and b to shrink it.',
  },
  {
    id: 'product',
    name: 'A sum, then a product',
    formula: '(a + b) * c',
    values: { a: 2, b: -1, c: 3 },
    output: 'f',
    hint: 'An addition passes its gradient on unchanged to both inputs; a multiplication sends each input the other input’s value times the gradient.',
  },
  {
    id: 'reuse',
    name: 'A variable used twice',
    formula: 'x*x + 3*x',
    values: { x: 2 },
    output: 'f',
    hint: 'x feeds two operations, so its gradient is the sum of what flows back along both paths: 2x + 3.',
  },
  {
    id: 'network',
    name: 'A 2-2-1 network',
    formula: '(sigmoid(w5*tanh(w1*x1 + w2*x2 + b1) + w6*tanh(w3*x1 + w4*x2 + b2) + b3) - y)^2',
    // The network module's starting weights, so its tests and the explorer describe the same network.
    values: { ...INITIAL_PARAMS, x1: 1, x2: 0.5, y: 1 },
    output: 'loss',
    hint: 'Two inputs, two tanh neurons, one sigmoid output and a squared-error loss: the same chain rule, just more nodes. Each weight’s gradient passes through the neuron it feeds.',
  },
];

/** Parameters are what training changes: variables whose names start with w or b. The others are data. */
export function isParameter(name: string): boolean {
  return /^[wb]/.test(name);
}

/** A formula ready to step through, or the reason it cannot be. */
export type Exploration =
  | {
      ok: true;
      expression: Expression;
      /** The variables in order of first use. */
      variables: string[];
      parameters: string[];
      output: string;
      graph: GraphData;
      steps: Step[];
      /** The output's value. */
      value: number;
      /** d output / d variable, by name. */
      gradients: ReadonlyMap<string, number>;
    }
  | {
      ok: false;
      message: string;
      /** The 1-based character (code point) the problem is at, if one. */ character?: number;
    };

/** Parses `formula`, records its graph with `values` and plans every step. Never throws. */
export function explore(formula: string, values: Environment, output = 'f'): Exploration {
  const parsed = parseExpression(formula);
  if (!parsed.ok) return { ok: false, message: parsed.error.message, character: parsed.error.character };
  const variables = variablesOf(parsed.expression);
  if (variables.length === 0) return { ok: false, message: 'Use at least one variable, such as x or w.' };
  const reserved = reservedName(variables);
  if (reserved !== undefined) {
    return { ok: false, message: `“${reserved}” is a name the Python code needs for itself: choose another.` };
  }
  const known = valueMap(values);
  const missing = variables.find((name) => !Number.isFinite(known.get(name)));
  if (missing !== undefined) {
    const value = known.get(missing);
    return {
      ok: false,
      message: value === undefined ? `Give ${missing} a number.` : `${missing} ${overflowWords(value)}.`,
    };
  }
  const name = outputName(output, variables);
  const built = buildGraph(parsed.expression, known, name);
  const steps = planSteps(built.output);
  return {
    ok: true,
    expression: parsed.expression,
    variables,
    parameters: variables.filter(isParameter),
    output: built.output.label ?? name,
    graph: toGraphData(built.output),
    steps,
    value: built.output.value,
    gradients: new Map([...built.variables].map(([variable, node]) => [variable, node.grad])),
  };
}

/** A name for the output that no variable of the formula has (the programs assign it), preferring `output`. */
function outputName(output: string, variables: readonly string[]): string {
  const taken = (name: string) => variables.includes(name) || reservedName([name]) !== undefined;
  if (!taken(output)) return output;
  let name = 'out';
  for (let suffix = 2; taken(name); suffix++) name = `out${suffix}`;
  return name;
}

/** What happened to a value that is no longer a finite number, in words: "overflowed to infinity". */
export function overflowWords(value: number): string {
  if (Number.isNaN(value)) return 'is no longer a number (infinity minus infinity, or 0 × infinity)';
  return value > 0 ? 'overflowed to infinity' : 'overflowed to minus infinity';
}

/**
 * One gradient-descent step: each parameter moves against its gradient, `value − rate × gradient`; data stays.
 * Returns the new values (the argument is not changed).
 */
export function descend(
  values: Environment,
  gradients: ReadonlyMap<string, number>,
  parameters: readonly string[],
  rate: number,
): Map<string, number> {
  const next = new Map(valueMap(values));
  for (const name of parameters) next.set(name, (next.get(name) ?? 0) - rate * (gradients.get(name) ?? 0));
  return next;
}

/** The first parameter whose value is no longer finite (training overflowed), if any. */
export function overflowedParameter(values: ReadonlyMap<string, number>, parameters: readonly string[]) {
  return parameters.find((name) => !Number.isFinite(values.get(name)));
}
