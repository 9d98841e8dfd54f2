import { describe, expect, it } from 'vitest';
import { PRESETS, descend, explore, isParameter, overflowedParameter } from '~/lib/backpropExplorer';
import { parseExpression, type Expression } from '~/lib/expression';
import { gradientProgram, pythonFloat, reservedName, toPython } from '~/lib/expressionToPython';
import { LAYOUT, layoutGraph } from '~/lib/graphLayout';
import { INITIAL_PARAMS, gradientDescentStep, networkLoss, type ParamName } from '~/lib/tinyNetwork';

const parse = (text: string): Expression => {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
  return parsed.expression;
};

describe('explore', () => {
  it('gives the output value, every variable’s gradient and a forward + backward plan', () => {
    const result = explore('(a + b) * c', { a: 2, b: -1, c: 3 });
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toBe(3);
    expect(result.gradients).toEqual(
      new Map([
        ['a', 3],
        ['b', 3],
        ['c', 1],
      ]),
    );
    // a, b, a + b, c, (a + b) × c: five forward steps, then five backward ones.
    expect(result.steps.map((step) => step.phase)).toEqual([...Array(5).fill('forward'), ...Array(5).fill('backward')]);
    expect(result.parameters).toEqual(['b']);
  });

  it('explains what is wrong instead of throwing', () => {
    expect(explore('2 +', {})).toMatchObject({ ok: false, character: 4 });
    expect(explore('3 * 4', {})).toMatchObject({ ok: false, message: expect.stringContaining('variable') });
    expect(explore('tf * 2', { tf: 1 })).toMatchObject({ ok: false, message: expect.stringContaining('“tf”') });
    expect(explore('x + y', { x: 1 })).toMatchObject({ ok: false, message: 'Give y a number.' });
  });

  it('renames the output when a variable already has its name, to a name no variable has', () => {
    const result = explore('loss * 2', { loss: 1 }, 'loss');
    expect(result.ok && result.output).toBe('out');
    const both = explore('f * out', { f: 1, out: 2 });
    expect(both.ok && both.output).toBe('out2');
  });

  it('reads variables named like what every object inherits as ordinary variables', () => {
    const result = explore(
      'constructor * __proto__ + toString',
      new Map([
        ['constructor', 2],
        ['__proto__', 3],
        ['toString', 1],
      ]),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toBe(7);
    expect(result.gradients).toEqual(
      new Map([
        ['constructor', 3],
        ['__proto__', 2],
        ['toString', 1],
      ]),
    );
    const fromObject = explore('constructor * 2', JSON.parse('{"constructor": 4}') as Record<string, number>);
    expect(fromObject.ok && fromObject.value).toBe(8);
    expect(explore('constructor * 2', {})).toMatchObject({ ok: false, message: 'Give constructor a number.' });
  });

  it('counts an emoji as one character when saying where the formula is wrong', () => {
    expect(explore('x + 😀 * 2', { x: 1 })).toMatchObject({
      ok: false,
      message: 'Unexpected character "😀"',
      character: 5,
    });
  });

  it('refuses a constant too large for a float, in words, instead of computing with infinity', () => {
    const result = explore(`${'9'.repeat(400)}*x`, { x: 1 });
    expect(result).toMatchObject({ ok: false, character: 1 });
    expect(result.ok || result.message).toMatch(/^The number 99999999… \(400 digits\) is too large/);
  });

  it('says in words which value overflowed', () => {
    expect(explore('w * 2', { w: Infinity })).toMatchObject({ ok: false, message: 'w overflowed to infinity.' });
    expect(explore('w * 2', { w: -Infinity })).toMatchObject({ ok: false, message: 'w overflowed to minus infinity.' });
  });

  it('matches the 2-2-1 network module on the network preset: same loss, same gradients', () => {
    const preset = PRESETS.find((candidate) => candidate.id === 'network');
    if (!preset) throw new Error('no network preset');
    const result = explore(preset.formula, preset.values, preset.output);
    if (!result.ok) throw new Error(result.message);
    const inputs = { x1: preset.values['x1'] ?? 0, x2: preset.values['x2'] ?? 0 };
    const params = Object.fromEntries(Object.keys(INITIAL_PARAMS).map((name) => [name, preset.values[name]]));
    expect(params).toEqual(INITIAL_PARAMS);
    expect(result.value).toBeCloseTo(networkLoss(INITIAL_PARAMS, inputs, preset.values['y'] ?? 0), 12);
    const { gradients } = gradientDescentStep(INITIAL_PARAMS, inputs, preset.values['y'] ?? 0, 0.1);
    for (const [name, gradient] of Object.entries(gradients)) {
      expect(result.gradients.get(name as ParamName), name).toBeCloseTo(gradient, 12);
    }
    expect(result.parameters.sort()).toEqual(Object.keys(INITIAL_PARAMS).sort());
  });

  it('parses every preset, and each loss preset has parameters for gradient descent to change', () => {
    for (const preset of PRESETS) {
      const result = explore(preset.formula, preset.values, preset.output);
      expect(result.ok, preset.id).toBe(true);
      if (result.ok && preset.output === 'loss') expect(result.parameters.length, preset.id).toBeGreaterThan(0);
    }
  });
});

describe('descend', () => {
  it('moves parameters against their gradient and leaves data alone', () => {
    const values = new Map([
      ['w', 1],
      ['x', 2],
    ]);
    const gradients = new Map([
      ['w', 0.5],
      ['x', 4],
    ]);
    expect(descend(values, gradients, ['w'], 0.1)).toEqual(
      new Map([
        ['w', 0.95],
        ['x', 2],
      ]),
    );
    expect(values).toEqual(
      new Map([
        ['w', 1],
        ['x', 2],
      ]),
    );
  });

  it('finds the parameter a too-large learning rate sent to infinity', () => {
    let values = new Map([['w', 1]]);
    let broken: string | undefined;
    for (let step = 0; step < 10 && broken === undefined; step++) {
      const result = explore('w^2', values);
      if (!result.ok) throw new Error(result.message);
      values = descend(values, result.gradients, result.parameters, 1e200);
      broken = overflowedParameter(values, result.parameters);
    }
    expect(broken).toBe('w');
  });

  it('lowers the neuron preset’s loss step after step', () => {
    const preset = PRESETS[0];
    if (!preset) throw new Error('no presets');
    let values: ReadonlyMap<string, number> = new Map(Object.entries(preset.values));
    const losses: number[] = [];
    for (let step = 0; step < 20; step++) {
      const result = explore(preset.formula, values, preset.output);
      if (!result.ok) throw new Error(result.message);
      losses.push(result.value);
      values = descend(values, result.gradients, result.parameters, 0.5);
    }
    for (let step = 1; step < losses.length; step++) expect(losses[step]).toBeLessThan(losses[step - 1] ?? 0);
  });

  it('treats names starting with w or b as parameters', () => {
    expect(['w', 'w1', 'b2', 'bias', 'x', 'y', 'a'].filter(isParameter)).toEqual(['w', 'w1', 'b2', 'bias']);
  });
});

describe('layoutGraph', () => {
  const graphOf = (formula: string, values: Record<string, number>) => {
    const result = explore(formula, values);
    if (!result.ok) throw new Error(result.message);
    return result.graph;
  };

  it('puts every operation right of all its inputs, and no two nodes in one place', () => {
    for (const preset of PRESETS) {
      const graph = graphOf(preset.formula, preset.values);
      const layout = layoutGraph(graph);
      for (const edge of graph.edges) {
        const from = layout.nodes.get(edge.from);
        const to = layout.nodes.get(edge.to);
        expect(from && to && from.column < to.column, `${preset.id}: ${edge.from} → ${edge.to}`).toBe(true);
      }
      const places = [...layout.nodes.values()].map((node) => `${node.x},${node.y}`);
      expect(new Set(places).size, preset.id).toBe(places.length);
      for (const node of layout.nodes.values()) {
        expect(node.x + LAYOUT.nodeWidth / 2).toBeLessThanOrEqual(layout.width);
        expect(node.y + LAYOUT.nodeHeight / 2).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('places an input just left of its first use, and the output alone in the last column', () => {
    const graph = graphOf('(a + b) * c', { a: 1, b: 2, c: 3 });
    const layout = layoutGraph(graph);
    const column = (label: string) =>
      layout.nodes.get(graph.nodes.find((node) => node.label === label)?.id ?? -1)?.column;
    expect([column('a'), column('b'), column('c'), column('f')]).toEqual([0, 0, 1, 2]);
  });
});

describe('toPython', () => {
  it('spells each framework’s functions and Python’s power operator', () => {
    const expression = parse('(sigmoid(w*x + b) - y)^2');
    expect(toPython(expression, 'pytorch')).toBe('(torch.sigmoid(w * x + b) - y) ** 2');
    expect(toPython(expression, 'tensorflow')).toBe('(tf.sigmoid(w * x + b) - y) ** 2');
    expect(toPython(expression, 'keras')).toBe('(ops.sigmoid(w * x + b) - y) ** 2');
    expect(toPython(parse('log(x) + relu(x)'), 'tensorflow')).toBe('tf.math.log(x) + tf.nn.relu(x)');
  });

  it('keeps the meaning Python gives to minus signs and to chains of operators', () => {
    const cases: [string, string][] = [
      ['-x^2', '-x ** 2'],
      ['(-x)^2', '(-x) ** 2'],
      ['a - (b - c)', 'a - (b - c)'],
      ['a - b - c', 'a - b - c'],
      ['a / (b * c)', 'a / (b * c)'],
      ['a^b^c', 'a ** b ** c'],
      ['(a^b)^c', '(a ** b) ** c'],
      ['x * -y', 'x * -y'],
      ['-(a + b)', '-(a + b)'],
      ['x^-1', 'x ** -1'],
      ['0.5 * x', '0.5 * x'],
    ];
    for (const [formula, python] of cases) expect(toPython(parse(formula), 'pytorch'), formula).toBe(python);
  });

  it('writes floats with a decimal point so no tensor is an integer one', () => {
    expect([pythonFloat(1), pythonFloat(-0.5), pythonFloat(2e-7)]).toEqual(['1.0', '-0.5', '2e-7']);
  });

  it('writes an overflowed value as Python itself would, instead of throwing', () => {
    expect([pythonFloat(Infinity), pythonFloat(-Infinity), pythonFloat(NaN)]).toEqual([
      "float('inf')",
      "float('-inf')",
      "float('nan')",
    ]);
    const program = gradientProgram(parse('w^2'), new Map([['w', -Infinity]]), ['w'], 'pytorch');
    expect(program).toContain("w = torch.tensor(float('-inf'), requires_grad=True)");
  });

  it('refuses names the programs need, Python keywords and builtins', () => {
    expect(reservedName(['x', 'torch'])).toBe('torch');
    expect(reservedName(['x', 'lambda'])).toBe('lambda');
    expect(reservedName(['__debug__'])).toBe('__debug__');
    expect(reservedName(['float'])).toBe('float');
    expect(reservedName(['len'])).toBe('len');
    expect(reservedName(['ValueError'])).toBe('ValueError');
    expect(reservedName(['x', 'w1', 'out', '__proto__', 'constructor'])).toBeUndefined();
  });
});

describe('gradientProgram', () => {
  const expression = parse('(a + b) * c');
  const env = { a: 2, b: -1, c: 3 };

  it('PyTorch: tensors that require grad, backward(), one printed gradient per variable', () => {
    expect(gradientProgram(expression, env, ['a', 'b', 'c'], 'pytorch')).toBe(
      [
        'import torch',
        '',
        'a = torch.tensor(2.0, requires_grad=True)',
        'b = torch.tensor(-1.0, requires_grad=True)',
        'c = torch.tensor(3.0, requires_grad=True)',
        '',
        'f = (a + b) * c',
        'f.backward()',
        '',
        'print("f =", float(f))',
        'print("df/da =", a.grad.item())',
        'print("df/db =", b.grad.item())',
        'print("df/dc =", c.grad.item())',
      ].join('\n'),
    );
  });

  it('TensorFlow and Keras: variables and a GradientTape; Keras chooses the TensorFlow backend first', () => {
    const tensorflow = gradientProgram(expression, env, ['a', 'b', 'c'], 'tensorflow', 'loss');
    expect(tensorflow).toContain('a = tf.Variable(2.0)');
    expect(tensorflow).toContain(
      'with tf.GradientTape() as tape:\n    loss = (a + b) * c\ngrads = tape.gradient(loss, [a, b, c])',
    );
    expect(tensorflow).toContain('print("dloss/dc =", float(grads[2]))');
    const keras = gradientProgram(expression, env, ['a', 'b', 'c'], 'keras');
    expect(keras.indexOf('os.environ["KERAS_BACKEND"] = "tensorflow"')).toBeLessThan(keras.indexOf('import keras'));
    expect(keras).toContain('a = keras.Variable(2.0)');
  });
});
