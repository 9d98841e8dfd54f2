import { describe, expect, it } from 'vitest';
import { backward, topologicalOrder } from '~/lib/autodiff';
import {
  buildGraph,
  evaluate,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  variablesOf,
  type Expression,
} from '~/lib/expression';

function parse(text: string): Expression {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message} at ${result.error.position}`);
  return result.expression;
}

/** The expression with every operation in explicit parentheses, to check how it was grouped. */
function grouping(expression: Expression): string {
  switch (expression.kind) {
    case 'number':
      return String(expression.value);
    case 'variable':
      return expression.name;
    case 'negate':
      return `(-${grouping(expression.operand)})`;
    case 'binary':
      return `(${grouping(expression.left)} ${expression.operator} ${grouping(expression.right)})`;
    case 'call':
      return `${expression.name}(${grouping(expression.argument)})`;
  }
}

const env = { a: 1.5, b: -2, c: 0.25, x: 0.7, y: -1.5, w1: 0.5, x1: 2, w2: -0.3, x2: 1, b0: 0.1 };

describe('parseExpression', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['(a + b) * c', '((a + b) * c)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b * c', '((a / b) * c)'],
    ['2 ^ 3 ^ 2', '(2 ^ (3 ^ 2))'],
    ['-x^2', '(-(x ^ 2))'],
    ['-x / y', '((-x) / y)'],
    ['x ^ -1', '(x ^ (-1))'],
    ['--x', '(-(-x))'],
    ['x^2 + 3*x', '((x ^ 2) + (3 * x))'],
    ['tanh(w1*x1 + w2*x2 + b0)', 'tanh((((w1 * x1) + (w2 * x2)) + b0))'],
    ['exp(-x)', 'exp((-x))'],
    ['0.5 * .25 + 10.', '((0.5 * 0.25) + 10)'],
    ['sigmoid(relu(x - 1)) + log(x)', '(sigmoid(relu((x - 1))) + log(x))'],
  ])('groups %s as %s', (text, expected) => {
    expect(grouping(parse(text))).toBe(expected);
  });

  it('records where each part sits in the text', () => {
    const expression = parse('  a + tanh(b)');
    expect(expression).toMatchObject({ kind: 'binary', start: 2, end: 13 });
    expect(expression.kind === 'binary' && expression.right).toMatchObject({ kind: 'call', start: 6, end: 13 });
  });

  it.each([
    ['2 +', 3, /after "\+"/],
    ['tanh(', 5, /after "\("/],
    ['tanh(x', 6, /close the "\(" at character 5/],
    ['foo(x)', 0, /Unknown function "foo"/],
    ['3 $ 4', 2, /Unexpected character "\$"/],
    ['2x', 1, /operator .* before "x"/],
    ['x)', 1, /no matching "\("/],
    ['exp + 1', 0, /"exp" is a function/],
    ['* x', 0, /found "\*"/],
    ['1.2.3', 3, /before "\.3"/],
    ['   ', 0, /Type an expression/],
  ])('rejects %j at position %i', (text, position, message) => {
    const result = parseExpression(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.position).toBe(position);
      expect(result.error.character).toBe(position + 1);
      expect(result.error.message).toMatch(message);
    }
  });

  it('rejects text longer than the limit instead of recursing deeply', () => {
    const result = parseExpression('('.repeat(MAX_EXPRESSION_LENGTH) + 'x');
    expect(result).toMatchObject({ ok: false, error: { position: MAX_EXPRESSION_LENGTH } });
    expect(parseExpression('('.repeat(400) + 'x' + ')'.repeat(400)).ok).toBe(true);
  });

  it('never throws on junk, and points inside the text', () => {
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    const alphabet = 'x1.+-*/^() tanhexp$';
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * 19)]).join(
        '',
      );
      const result = parseExpression(text);
      if (!result.ok) {
        expect(result.error.position, text).toBeGreaterThanOrEqual(0);
        expect(result.error.position, text).toBeLessThanOrEqual(text.length);
      }
    }
  });
});

describe('variablesOf', () => {
  it('lists each variable once, in order of first appearance', () => {
    expect(variablesOf(parse('tanh(w1*x1 + w2*x2 + b0) * w1 + 3'))).toEqual(['w1', 'x1', 'w2', 'x2', 'b0']);
    expect(variablesOf(parse('2 ^ 3'))).toEqual([]);
  });
});

describe('evaluate', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['2 ^ 3 ^ 2', 512],
    ['-x^2', -0.49],
    ['(a + b) * c', -0.125],
    ['-x / y', 0.7 / 1.5],
    ['x^2 + 3*x', 0.49 + 2.1],
    ['exp(-x)', Math.exp(-0.7)],
    ['relu(x - 1) + relu(a - 1)', 0.5],
    ['sigmoid(b)', 1 / (1 + Math.exp(2))],
    ['log(c)', Math.log(0.25)],
  ])('%s = %d', (text, expected) => {
    expect(evaluate(parse(text), env)).toBeCloseTo(expected, 12);
  });

  it('gives NaN for log of a non-positive number, like the engine', () => {
    expect(evaluate(parse('log(b)'), env)).toBeNaN();
  });

  it('throws when a variable has no value', () => {
    expect(() => evaluate(parse('x + z'), env)).toThrow(/"z"/);
  });
});

describe('buildGraph', () => {
  it('shares one node per variable, so x*x has two nodes', () => {
    const { output, variables } = buildGraph(parse('x*x'), env);
    expect(topologicalOrder(output)).toHaveLength(2);
    backward(output);
    expect(variables.get('x')?.grad).toBeCloseTo(1.4, 12);
  });

  it('labels variables by name and the output f', () => {
    const { output, variables } = buildGraph(parse('tanh(w1*x1 + w2*x2 + b0)'), env);
    expect([...variables.keys()]).toEqual(['w1', 'x1', 'w2', 'x2', 'b0']);
    expect([...variables].every(([name, node]) => node.label === name && node.op === 'input')).toBe(true);
    expect(output.label).toBe('f');
    expect(topologicalOrder(output).filter((node) => node.label === undefined)).toHaveLength(4);
  });

  it('leaves the output unlabelled when f is taken, and never renames a variable', () => {
    expect(buildGraph(parse('f * 2'), { f: 1 }).output.label).toBeUndefined();
    expect(buildGraph(parse('x'), env).output.label).toBe('x');
  });

  it('folds an exponent without variables into the pow node', () => {
    const { output } = buildGraph(parse('x ^ (1 / 2)'), env);
    expect(topologicalOrder(output).map((node) => node.op)).toEqual(['input', 'pow']);
    expect(output.exponent).toBe(0.5);
    const withVariable = buildGraph(parse('x ^ a'), env).output;
    expect(withVariable.parents.map((node) => node.label)).toEqual(['x', 'a']);
  });

  it.each([
    'tanh(w1*x1 + w2*x2 + b0)',
    '(a + b) * c',
    'x^2 + 3*x',
    '-x / y',
    'exp(-x)',
    'sigmoid(x)',
    'relu(x - 1)',
    'log(x)',
    'a ^ x - 2 ^ -c',
  ])('computes the same value as evaluate for %s', (text) => {
    const expression = parse(text);
    expect(buildGraph(expression, env).output.value).toBe(evaluate(expression, env));
  });

  it('gives gradients that match the derivative worked by hand', () => {
    const { output, variables } = buildGraph(parse('x^2 + 3*x'), { x: 0.7 });
    backward(output);
    expect(variables.get('x')?.grad).toBeCloseTo(2 * 0.7 + 3, 12);
  });

  it('throws when a variable has no value', () => {
    expect(() => buildGraph(parse('x + q'), env)).toThrow(/"q"/);
  });
});
