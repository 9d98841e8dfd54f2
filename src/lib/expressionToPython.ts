import type { FunctionName } from './autodiff';
import { valueMap, type BinaryOperator, type Environment, type Expression } from './expression';

/**
 * The explorer's formula as a Python program that computes the same gradients with a real framework: PyTorch's
 * autograd (`backward()`), TensorFlow's `tf.GradientTape`, and Keras 3 ops under a `GradientTape` — Keras has no
 * backend-neutral gradient call, so its program picks the TensorFlow backend. Each program prints the output and
 * one line per variable, `d<output>/d<name> = <value>`, so a test can compare them with the engine.
 */

/**
 * How each framework spells the formula's functions and holds a variable. A framework added to FRAMEWORKS later has
 * no program until it gets a line here; the explorer says so in its tab.
 */
const SPELLING = {
  pytorch: {
    functions: { exp: 'torch.exp', log: 'torch.log', tanh: 'torch.tanh', relu: 'torch.relu', sigmoid: 'torch.sigmoid' },
    variable: (value) => `torch.tensor(${value}, requires_grad=True)`,
  },
  tensorflow: {
    functions: { exp: 'tf.exp', log: 'tf.math.log', tanh: 'tf.tanh', relu: 'tf.nn.relu', sigmoid: 'tf.sigmoid' },
    variable: (value) => `tf.Variable(${value})`,
  },
  keras: {
    functions: { exp: 'ops.exp', log: 'ops.log', tanh: 'ops.tanh', relu: 'ops.relu', sigmoid: 'ops.sigmoid' },
    variable: (value) => `keras.Variable(${value})`,
  },
} satisfies Record<string, { functions: Record<FunctionName, string>; variable: (value: string) => string }>;

/** The frameworks the explorer can write a program for. */
export type ProgramFramework = keyof typeof SPELLING;

/** Whether the explorer can write a program for `framework`. */
export function hasProgram(framework: string): framework is ProgramFramework {
  return Object.hasOwn(SPELLING, framework);
}

/** Binding strength of each operator, and Python's spelling of it. */
const OPERATORS: Record<BinaryOperator, { python: string; precedence: number }> = {
  '+': { python: '+', precedence: 1 },
  '-': { python: '-', precedence: 1 },
  '*': { python: '*', precedence: 2 },
  '/': { python: '/', precedence: 2 },
  '^': { python: '**', precedence: 4 },
};
const UNARY = 3;
const ATOM = 5;

/**
 * A Python float: a literal, always with a decimal point so every tensor is floating point, or for a value that
 * overflowed, what Python itself writes for it (`float('inf')`, `float('-inf')`, `float('nan')`).
 */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "float('nan')";
  if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "float('-inf')";
  const text = String(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function pythonNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : pythonFloat(value);
}

/** The formula in Python syntax with one framework's functions, with only the parentheses Python needs. */
export function toPython(expression: Expression, framework: ProgramFramework): string {
  const write = (node: Expression): { text: string; precedence: number } => {
    switch (node.kind) {
      case 'number':
        return {
          text: pythonNumber(node.value),
          precedence: node.value < 0 && Number.isFinite(node.value) ? UNARY : ATOM,
        };
      case 'variable':
        return { text: node.name, precedence: ATOM };
      case 'call':
        return { text: `${SPELLING[framework].functions[node.name]}(${write(node.argument).text})`, precedence: ATOM };
      case 'negate': {
        const operand = write(node.operand);
        return { text: `-${operand.precedence < UNARY ? `(${operand.text})` : operand.text}`, precedence: UNARY };
      }
      case 'binary': {
        const { python, precedence } = OPERATORS[node.operator];
        const left = write(node.left);
        const right = write(node.right);
        // `**` groups to the right and binds tighter than a unary minus on its left: (-x) ** 2.
        const power = node.operator === '^';
        const leftNeeds = power ? left.precedence <= precedence : left.precedence < precedence;
        const rightNeeds = power ? right.precedence < UNARY : right.precedence <= precedence;
        const wrap = (side: { text: string }, needs: boolean) => (needs ? `(${side.text})` : side.text);
        return { text: `${wrap(left, leftNeeds)} ${python} ${wrap(right, rightNeeds)}`, precedence };
      }
    }
  };
  return write(expression).text;
}

/** A complete program: variables with the explorer's values, the formula, its gradients, and the printout. */
export function gradientProgram(
  expression: Expression,
  env: Environment,
  variables: readonly string[],
  framework: ProgramFramework,
  output = 'f',
): string {
  const spelling = SPELLING[framework];
  const values = valueMap(env);
  // Six significant digits: values that training produced (1.5085378579156272) stay readable.
  const declare = variables.map(
    (name) => `${name} = ${spelling.variable(pythonFloat(Number((values.get(name) ?? 0).toPrecision(6))))}`,
  );
  const formula = toPython(expression, framework);
  const report = [
    `print("${output} =", float(${output}))`,
    ...variables.map((name, index) =>
      framework === 'pytorch'
        ? `print("d${output}/d${name} =", ${name}.grad.item())`
        : `print("d${output}/d${name} =", float(grads[${index}]))`,
    ),
  ];
  const list = `[${variables.join(', ')}]`;
  if (framework === 'pytorch') {
    return ['import torch', '', ...declare, '', `${output} = ${formula}`, `${output}.backward()`, '', ...report].join(
      '\n',
    );
  }
  const tape = [
    'with tf.GradientTape() as tape:',
    `    ${output} = ${formula}`,
    `grads = tape.gradient(${output}, ${list})`,
  ];
  if (framework === 'tensorflow')
    return ['import tensorflow as tf', '', ...declare, '', ...tape, '', ...report].join('\n');
  return [
    'import os',
    '',
    "# Keras 3 has no backend-neutral gradient call: the tape below is TensorFlow's.",
    'os.environ["KERAS_BACKEND"] = "tensorflow"',
    '',
    'import keras',
    'import tensorflow as tf',
    'from keras import ops',
    '',
    ...declare,
    '',
    ...tape,
    '',
    ...report,
  ].join('\n');
}

/**
 * Names a variable may not take: the names the programs use themselves, Python's keywords (assigning one is a
 * SyntaxError, `__debug__` included) and its builtins (a variable named `float` would break the printout).
 */
const RESERVED = new Set(
  [
    'torch tf keras ops os grads tape',
    'False None True and as assert async await break class continue def del elif else except finally for from',
    'global if import in is lambda nonlocal not or pass raise return try while with yield',
    '__debug__ __import__ __build_class__ __builtins__ __name__ __doc__ __spec__ __loader__ __package__',
    'abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex',
    'copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr',
    'globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max',
    'memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice',
    'sorted staticmethod str sum super tuple type vars zip Ellipsis NotImplemented',
  ]
    .join(' ')
    .split(' '),
);

/** Python's built-in exception and warning classes, all named `…Error`, `…Exception`, `…Warning` and a few more. */
const BUILTIN_CLASS =
  /^(?:\w*(?:Error|Exception|Warning|ExceptionGroup)|GeneratorExit|KeyboardInterrupt|StopIteration|StopAsyncIteration|SystemExit)$/;

/** The first variable name the programs cannot use, if any. */
export function reservedName(variables: readonly string[]): string | undefined {
  return variables.find((name) => RESERVED.has(name) || BUILTIN_CLASS.test(name));
}
