import { Graph, scalarFunctions, type FunctionName, type Value } from './autodiff';

/**
 * A parser for the formulas a reader types into an explainer, e.g. `tanh(w1*x1 + w2*x2 + b)`: numbers (`3`,
 * `0.5`, `.5`), variables, `+ - * / ^`, unary minus, parentheses and the functions of {@link scalarFunctions}.
 * `^` binds tighter than unary minus and groups to the right, as in mathematics: `-x^2` is −(x²) and `2^3^2` is 2⁹.
 */

/** The longest text {@link parseExpression} accepts, which also bounds how deep evaluation can recurse. */
export const MAX_EXPRESSION_LENGTH = 1000;

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** Where a piece of the expression sits in the text: character offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** The parsed expression. Parentheses leave no node of their own. */
export type Expression =
  | (Span & { kind: 'number'; value: number })
  | (Span & { kind: 'variable'; name: string })
  | (Span & { kind: 'negate'; operand: Expression })
  | (Span & { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression })
  | (Span & { kind: 'call'; name: FunctionName; argument: Expression });

/**
 * Why the text is not an expression, and where: `position` is a 0-based offset in UTF-16 code units (text length at
 * end), for selecting the spot in an input; `character` is the 1-based count a reader sees, in code points (an
 * emoji is one character).
 */
export interface ParseError {
  position: number;
  character: number;
  message: string;
}

export type ParseResult = { ok: true; expression: Expression } | { ok: false; error: ParseError };

interface Token extends Span {
  kind: 'number' | 'name' | 'symbol' | 'end';
  text: string;
}

class SyntaxProblem extends Error {
  readonly position: number;
  constructor(position: number, message: string) {
    super(message);
    this.position = position;
  }
}

// `u`: an unexpected character outside the BMP (an emoji) is one character, not half of a surrogate pair.
const TOKEN = /\s*(?:(\d+(?:\.\d*)?|\.\d+)|([A-Za-z_]\w*)|([-+*/^()])|(\S))/uy;
const FUNCTION_LIST = Object.keys(scalarFunctions).join(', ');
const isFunctionName = (name: string): name is FunctionName => Object.hasOwn(scalarFunctions, name);
const quote = (token: Token) => (token.kind === 'end' ? 'the end' : `"${token.text}"`);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, number, name, symbol, other] = match;
    const tokenText = number ?? name ?? symbol ?? other ?? '';
    const start = TOKEN.lastIndex - tokenText.length;
    if (other !== undefined) throw new SyntaxProblem(start, `Unexpected character "${other}"`);
    const kind = number !== undefined ? 'number' : name !== undefined ? 'name' : 'symbol';
    tokens.push({ kind, text: tokenText, start, end: TOKEN.lastIndex });
  }
  return tokens;
}

/** Parses `text`. Never throws: a malformed expression gives `ok: false` with a position and a message. */
export function parseExpression(text: string): ParseResult {
  const characterAt = (position: number) => [...text.slice(0, position)].length + 1;
  const fail = (position: number, message: string): ParseResult => ({
    ok: false,
    error: { position, character: characterAt(position), message },
  });
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return fail(MAX_EXPRESSION_LENGTH, `The expression is too long (more than ${MAX_EXPRESSION_LENGTH} characters)`);
  }
  if (text.trim() === '') return fail(0, 'Type an expression, e.g. x^2 + 3*x');
  const end: Token = { kind: 'end', text: '', start: text.length, end: text.length };
  try {
    const tokens = tokenize(text);
    let index = 0;
    const peek = (): Token => tokens[index] ?? end;
    const binary = (operator: BinaryOperator, left: Expression, right: Expression): Expression => ({
      kind: 'binary',
      operator,
      left,
      right,
      start: left.start,
      end: right.end,
    });

    const parseSum = (): Expression => {
      let left = parseProduct();
      for (;;) {
        const operator = peek().text;
        if (operator !== '+' && operator !== '-') return left;
        index++;
        left = binary(operator, left, parseProduct());
      }
    };
    const parseProduct = (): Expression => {
      let left = parseUnary();
      for (;;) {
        const operator = peek().text;
        if (operator !== '*' && operator !== '/') return left;
        index++;
        left = binary(operator, left, parseUnary());
      }
    };
    const parseUnary = (): Expression => {
      const token = peek();
      if (token.text !== '-') return parsePower();
      index++;
      const operand = parseUnary();
      return { kind: 'negate', operand, start: token.start, end: operand.end };
    };
    const parsePower = (): Expression => {
      const base = parsePrimary();
      if (peek().text !== '^') return base;
      index++;
      return binary('^', base, parseUnary());
    };
    const closeParenthesis = (open: Token): Token => {
      const token = peek();
      if (token.text === ')') {
        index++;
        return token;
      }
      const message = `Expected ")" to close the "(" at character ${characterAt(open.start)}, found ${quote(token)}`;
      throw new SyntaxProblem(token.start, message);
    };
    const parsePrimary = (): Expression => {
      const token = peek();
      const previous = tokens[index - 1];
      index++;
      if (token.kind === 'number') {
        const value = Number(token.text);
        if (!Number.isFinite(value)) {
          const shown =
            token.text.length > 12 ? `${token.text.slice(0, 8)}… (${token.text.length} digits)` : token.text;
          throw new SyntaxProblem(
            token.start,
            `The number ${shown} is too large: the most a float holds is about 1.8e308`,
          );
        }
        return { kind: 'number', value, ...span(token) };
      }
      if (token.kind === 'name' && peek().text === '(') {
        if (!isFunctionName(token.text)) {
          throw new SyntaxProblem(token.start, `Unknown function "${token.text}"; known: ${FUNCTION_LIST}`);
        }
        const open = peek();
        index++;
        const argument = parseSum();
        return { kind: 'call', name: token.text, argument, start: token.start, end: closeParenthesis(open).end };
      }
      if (token.kind === 'name') {
        if (isFunctionName(token.text)) {
          throw new SyntaxProblem(token.start, `"${token.text}" is a function: write ${token.text}(…)`);
        }
        return { kind: 'variable', name: token.text, ...span(token) };
      }
      if (token.text === '(') {
        const inner = parseSum();
        closeParenthesis(token);
        return inner;
      }
      const after = previous ? ` after ${quote(previous)}` : '';
      throw new SyntaxProblem(token.start, `Expected a number, a variable or "("${after}, found ${quote(token)}`);
    };

    const expression = parseSum();
    const rest = peek();
    if (rest.kind === 'end') return { ok: true, expression };
    if (rest.text === ')') throw new SyntaxProblem(rest.start, 'This ")" has no matching "("');
    throw new SyntaxProblem(rest.start, `Expected an operator such as + or * before ${quote(rest)}`);
  } catch (problem) {
    if (problem instanceof SyntaxProblem) {
      return fail(problem.position, problem.message);
    }
    throw problem;
  }
}

function span({ start, end }: Span): Span {
  return { start, end };
}

function children(expression: Expression): Expression[] {
  switch (expression.kind) {
    case 'number':
    case 'variable':
      return [];
    case 'negate':
      return [expression.operand];
    case 'binary':
      return [expression.left, expression.right];
    case 'call':
      return [expression.argument];
  }
}

/** The variable names used, each once, in order of first appearance. */
export function variablesOf(expression: Expression): string[] {
  if (expression.kind === 'variable') return [expression.name];
  return [...new Set(children(expression).flatMap(variablesOf))];
}

/**
 * Values for the variables of an expression, by name. A plain object is read by its own keys only, so a variable
 * named `constructor` or `__proto__` is not mistaken for what every object inherits.
 */
export type Environment = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The values of `env` as a map. */
export function valueMap(env: Environment): ReadonlyMap<string, number> {
  return isMap(env) ? env : new Map(Object.entries(env));
}

function isMap(env: Environment): env is ReadonlyMap<string, number> {
  return env instanceof Map;
}

function lookup(env: Environment, name: string): number {
  const value = isMap(env) ? env.get(name) : Object.hasOwn(env, name) ? env[name] : undefined;
  if (value === undefined) throw new Error(`No value given for the variable "${name}"`);
  return value;
}

/**
 * The value of the expression with plain numbers, following the engine's conventions (log of a non-positive
 * number is NaN). Throws if `env` lacks a variable: check {@link variablesOf} first.
 */
export function evaluate(expression: Expression, env: Environment): number {
  switch (expression.kind) {
    case 'number':
      return expression.value;
    case 'variable':
      return lookup(env, expression.name);
    case 'negate':
      return -evaluate(expression.operand, env);
    case 'call':
      return scalarFunctions[expression.name](evaluate(expression.argument, env));
    case 'binary': {
      const left = evaluate(expression.left, env);
      const right = evaluate(expression.right, env);
      return OPERATIONS[expression.operator](left, right);
    }
  }
}

const OPERATIONS: Record<BinaryOperator, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
};

const METHODS = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '^': 'pow' } as const;

/** The autodiff graph of an expression: `output` is its root, `variables` its input nodes by name. */
export interface ExpressionGraph {
  graph: Graph;
  output: Value;
  variables: ReadonlyMap<string, Value>;
}

/**
 * Records the expression as an autodiff graph. Each variable is one input node labelled with its name, shared by
 * all its uses (`x*x` has one `x`); each number literal is a constant node. An exponent without variables is
 * folded into the `pow` node (`x^2` has two nodes, x and x^2). The output is labelled `outputLabel` so that
 * narration can say ∂f/∂x, unless it is a variable itself or a variable has that name. Throws if `env` lacks a
 * variable.
 */
export function buildGraph(expression: Expression, env: Environment, outputLabel = 'f'): ExpressionGraph {
  const graph = new Graph();
  const variables = new Map<string, Value>();
  const build = (node: Expression): Value => {
    switch (node.kind) {
      case 'number':
        return graph.constant(node.value);
      case 'variable': {
        const existing = variables.get(node.name);
        if (existing) return existing;
        const input = graph.input(lookup(env, node.name), node.name);
        variables.set(node.name, input);
        return input;
      }
      case 'negate':
        return build(node.operand).neg();
      case 'call':
        return build(node.argument)[node.name]();
      case 'binary': {
        const left = build(node.left);
        if (node.operator === '^' && variablesOf(node.right).length === 0) return left.pow(evaluate(node.right, {}));
        return left[METHODS[node.operator]](build(node.right));
      }
    }
  };
  const output = build(expression);
  if (output.op !== 'input' && !variables.has(outputLabel)) output.named(outputLabel);
  return { graph, output, variables };
}
