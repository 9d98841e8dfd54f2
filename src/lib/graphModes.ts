/**
 * What happens to the graph of one small program when it is called again and again under four execution
 * models: eager (PyTorch, TF2), `tf.function`, `torch.compile` and TensorFlow 1's define-then-run. The program:
 *
 * ```python
 * def f(x, n):
 *     if x.sum() > 0:
 *         y = x * 2
 *     else:
 *         y = -x
 *     for _ in range(n):
 *         y = y + 1
 *     return y
 * ```
 *
 * Pure data, no DOM: the explorer draws and narrates the steps; the tests check them.
 */

/** The program the explorer shows (written the PyTorch way). */
export const PROGRAM = `def f(x, n):
    if x.sum() > 0:        # a branch on a tensor's value
        y = x * 2
    else:
        y = -x
    for _ in range(n):     # a loop whose length is a Python int
        y = y + 1
    return y`;

/** The same program in TensorFlow 1's define-then-run style; the tests run it and check the commented outputs. */
export const TF1_PROGRAM = `import tensorflow as tf
tf.compat.v1.disable_eager_execution()

x = tf.compat.v1.placeholder(tf.float32, shape=(2,))
n = tf.compat.v1.placeholder(tf.int32, shape=())
y = tf.cond(tf.reduce_sum(x) > 0, lambda: x * 2, lambda: -x)
_, y = tf.while_loop(lambda i, y: i < n, lambda i, y: (i + 1, y + 1), (0, y))

with tf.compat.v1.Session() as sess:
    print(sess.run(y, feed_dict={x: [1.0, 2.0], n: 2}))    # [4. 6.]
    print(sess.run(y, feed_dict={x: [-3.0, 1.0], n: 3}))   # [6. 2.]`;

/** The execution models the explorer compares, in the order it offers them. */
export const MODES = ['eager', 'tf-function', 'torch-compile', 'tf1'] as const;
export type Mode = (typeof MODES)[number];

/** One call `f(x, n)`: x is a float32 vector of length 2 (the explorer's fixed shape), n a Python int ≥ 0. */
export interface Call {
  x: readonly number[];
  n: number;
}

/** Which side of the `if` ran: `y = x * 2` or `y = -x`. */
export type Branch = 'double' | 'negate';

/** What the framework did with the graph in this call. */
export type Outcome = 'recorded' | 'traced' | 'retraced' | 'reused' | 'compiled' | 'recompiled' | 'fed';

/** An operation, an input or the output, placed on a grid (columns across, rows down). */
export interface GraphNode {
  id: string;
  label: string;
  col: number;
  row: number;
  /** Built in this call (recorded, traced or compiled now) rather than taken from a cache. */
  isNew: boolean;
  /** In the graph but not run in this call: the side of a `cond` that the condition did not choose. */
  idle: boolean;
  /** Python, not a graph, does this step (the `if` when it cannot be part of a graph). */
  python: boolean;
  /** A short note drawn under the node, e.g. "graph break". */
  note?: string;
}

/** A tensor flowing from one node to another, or (when `python` is set) a value Python reads to decide. */
export interface GraphEdge {
  from: string;
  to: string;
  python: boolean;
}

/** A frame around nodes that belong together: a `tf.cond`, or one of several compiled graphs. */
export interface GraphBox {
  /** Drawn above the frame; empty for none. */
  label: string;
  nodes: string[];
}

/** What one call built or ran, as plain data. */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  boxes: GraphBox[];
  /** The same graph in words, e.g. "x → × 2 → + 1 → + 1 → y; sum → > 0 → Python if". */
  text: string;
}

/** One graph kept for later calls, under the key a framework looks it up by. */
export interface CacheEntry {
  /** What a call must match to reuse it, e.g. "x: float32 (2,), n = 2". */
  key: string;
  /** What the graph holds, in words. */
  holds: string;
  /** This call ran it. */
  used: boolean;
  /** This call added it. */
  added: boolean;
}

/** The state of the explorer after one call. */
export interface Step {
  /** 1 for the first call. */
  number: number;
  call: Call;
  sum: number;
  branch: Branch;
  /** The value f returns. */
  result: number[];
  outcome: Outcome;
  /** The `if` split the work into two graphs with Python in between (torch.compile). */
  graphBreak: boolean;
  /** The graph this call built or ran. */
  graph: Graph;
  /** The graphs kept after this call (none in eager mode). */
  cache: CacheEntry[];
  /** A few words for the history list, e.g. "retraced: new n". */
  summary: string;
  /** One sentence for the live region. */
  narration: string;
  /** Why, in one or two sentences. */
  detail: string;
}

/** How each mode is named in narration. */
export const MODE_NAMES: Record<Mode, string> = {
  eager: 'Eager',
  'tf-function': 'tf.function',
  'torch-compile': 'torch.compile',
  tf1: 'TF1 session',
};

const OP: Record<Branch, string> = { double: '× 2', negate: 'neg' };
const CODE: Record<Branch, string> = { double: 'y = x * 2', negate: 'y = -x' };

/** A number as the explorer shows it: "3", "−2", "0.5". */
export const formatValue = (value: number) => String(value).replace('-', '−');

/** A vector as the explorer shows it: "[−3, 1]". */
export const formatVector = (values: readonly number[]) => `[${values.map(formatValue).join(', ')}]`;

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
const signature = (call: Call) => `x: float32 (${call.x.length},), n = ${call.n}`;

type NodeSpec = [id: string, label: string, col: number, row: number, python?: boolean, note?: string | undefined];

/**
 * Builds a graph from node specs and links written "a>b" (a tensor from a to b) or "a~b" (Python reads a to
 * decide b); `fresh` and `idle` give every node its state.
 */
function graph(
  specs: NodeSpec[],
  links: string[],
  boxes: GraphBox[],
  text: string,
  fresh: (id: string) => boolean,
  idle: (id: string) => boolean,
): Graph {
  const nodes = specs.map(([id, label, col, row, python = false, note]) => ({
    id,
    label,
    col,
    row,
    isNew: fresh(id),
    idle: idle(id),
    python,
    ...(note === undefined ? {} : { note }),
  }));
  const edges = links.map((link) => {
    const [from = '', to = ''] = link.split(/[>~]/);
    return { from, to, python: link.includes('~') };
  });
  return { nodes, edges, boxes, text };
}

/** The loop, unrolled: n additions after `from`, down one column, then y. */
function unrolled(from: string, n: number, col: number) {
  const ids = Array.from({ length: n }, (_, index) => `add${index + 1}`);
  const chain = [from, ...ids, 'y'];
  return {
    ids,
    specs: [...ids.map((id, index): NodeSpec => [id, '+ 1', col, 4 + index]), ['y', 'y', col, 4 + n] as NodeSpec],
    links: chain.slice(1).map((id, index) => `${chain[index]}>${id}`),
    text: [...ids.map(() => '+ 1'), 'y'].join(' → '),
  };
}

/**
 * Eager and torch.compile: the branch Python chose, then the unrolled loop; the `if` itself is Python. Compiled,
 * the work splits into two graphs, each with its own input x.
 */
function pythonIfGraph(branch: Branch, n: number, compiled?: { first: boolean; second: boolean }): Graph {
  const loop = unrolled(branch, n, 1);
  const condition = 'x → sum → > 0';
  const rest = `x → ${OP[branch]} → ${loop.text}`;
  const input = compiled ? 'x2' : 'x';
  const secondGraph = [input, branch, ...loop.ids, 'y'];
  return graph(
    [
      ['x', 'x', compiled ? 0 : 1, 0],
      ['sum', 'sum', 0, 1],
      ['gt', '> 0', 0, 2],
      ['if', 'Python if', 0, 3, true, compiled ? 'graph break' : undefined],
      ...(compiled ? [['x2', 'x', 1, 2] as NodeSpec] : []),
      [branch, OP[branch], 1, 3],
      ...loop.specs,
    ],
    ['x>sum', 'sum>gt', 'gt~if', `if~${branch}`, `${input}>${branch}`, ...loop.links],
    compiled
      ? [
          { label: 'graph 1', nodes: ['x', 'sum', 'gt'] },
          { label: `graph 2 (n = ${n})`, nodes: secondGraph },
        ]
      : [],
    compiled
      ? `graph 1: ${condition}; graph break: Python's if chose ${OP[branch]}; graph 2: ${rest}`
      : `${condition}, read by Python's if, which chose ${OP[branch]}; ${rest}`,
    (id) => id !== 'if' && (!compiled || (secondGraph.includes(id) ? compiled.second : compiled.first)),
    () => false,
  );
}

/** tf.function and TF1: both branches live in the graph inside a cond, which picks one when the graph runs. */
function condGraph(branch: Branch, n: number | 'while', fresh: boolean): Graph {
  const loop =
    n === 'while'
      ? {
          specs: [
            ['n', 'n placeholder', 0, 4],
            ['while', 'while_loop +1', 1.5, 4],
            ['y', 'y', 1.5, 5],
          ] as NodeSpec[],
          links: ['cond>while', 'n>while', 'while>y'],
          text: 'while_loop (+ 1 while i < n) → y',
        }
      : unrolled('cond', n, 1.5);
  return graph(
    [
      ['x', n === 'while' ? 'x placeholder' : 'x', 1.5, 0],
      ['sum', 'sum', 0, 2],
      ['gt', '> 0', 0, 3],
      ['double', OP.double, 1, 2],
      ['negate', OP.negate, 2, 2],
      ['cond', 'tf.cond', 1.5, 3],
      ...loop.specs,
    ],
    ['x>sum', 'sum>gt', 'x>double', 'x>negate', 'gt>cond', 'double>cond', 'negate>cond', ...loop.links],
    [{ label: '', nodes: ['double', 'negate', 'cond'] }],
    `x → sum → > 0 → tf.cond, which holds both x → × 2 and x → neg and ran ${OP[branch]} this time; tf.cond → ${loop.text}`,
    () => fresh,
    (id) => id === (branch === 'double' ? 'negate' : 'double'),
  );
}

/** What changed between two calls, for eager mode: "other branch (neg, not × 2)", "3 additions, not 2". */
function difference(previous: Step, branch: Branch, n: number): string {
  const changes = [
    ...(previous.branch === branch ? [] : [`the other branch (${OP[branch]}, not ${OP[previous.branch]})`]),
    ...(previous.call.n === n ? [] : [`${n} additions, not ${previous.call.n}`]),
  ];
  return changes.length === 0
    ? `the same operations as call ${previous.number}, recorded again`
    : `unlike call ${previous.number}: ${changes.join(' and ')}`;
}

/** One mode's part of a step: everything that is not simply the call and its value. */
type Behaviour = Pick<Step, 'outcome' | 'graphBreak' | 'graph' | 'summary' | 'narration' | 'detail'>;

interface Context {
  /** "Call 2, tf.function:" */
  head: string;
  /** "x.sum() is −2" */
  sumText: string;
  call: Call;
  branch: Branch;
  previous: Step | undefined;
  /** The mode's cache, kept across calls; `used` and `added` are cleared before each call. */
  cache: CacheEntry[];
}

function eager({ head, sumText, call, branch, previous }: Context): Behaviour {
  const change = previous ? difference(previous, branch, call.n) : '';
  return {
    outcome: 'recorded',
    graphBreak: false,
    graph: pythonIfGraph(branch, call.n),
    summary: previous ? `new graph, ${change}` : 'new graph',
    narration: `${head} ${sumText}, so Python ran ${CODE[branch]} and then ${call.n} additions, one by one, recording a new graph${previous ? `, ${change}` : ''}.`,
    detail:
      'Nothing is kept between calls. Each call runs the operations as Python reaches them, and its graph is simply ' +
      'what it did, which autograd or a GradientTape records to compute gradients.',
  };
}

function tfFunction({ head, sumText, call, branch, cache }: Context): Behaviour {
  const key = signature(call);
  const hit = cache.find((entry) => entry.key === key);
  if (hit) hit.used = true;
  else cache.push({ key, holds: `tf.cond with both branches; + 1 unrolled ${times(call.n)}`, used: true, added: true });
  const first = cache.length === 1 && !hit;
  return {
    outcome: hit ? 'reused' : first ? 'traced' : 'retraced',
    graphBreak: false,
    graph: condGraph(branch, call.n, !hit),
    summary: hit
      ? `reused the graph for n = ${call.n}; cond chose ${OP[branch]}`
      : first
        ? 'traced (first call)'
        : `retraced: new n = ${call.n}`,
    narration: hit
      ? `${head} same input signature (${key}), so the cached graph was reused with no retrace; ${sumText}, so inside the graph tf.cond chose ${OP[branch]}.`
      : first
        ? `${head} first call, so tf.function traced f into a graph for the input signature (${key}); the if became a tf.cond and the loop was unrolled ${times(call.n)}.`
        : `${head} n = ${call.n} is a new Python value, so tf.function retraced f and cached a graph for it, graph ${cache.length} in the cache.`,
    detail: hit
      ? 'A new sign of x needs no new graph: both branches are already in it, and the choice is made each time the graph runs.'
      : 'A loop over range(n) with a Python int runs while tracing, so the graph holds exactly n additions, and another n needs ' +
        'another trace. Looping over tf.range(n) with n as a tensor would give one graph with a tf.while_loop instead.',
  };
}

const GRAPH_1 = 'graph 1, x.sum() > 0';

function torchCompile({ head, sumText, call, branch, cache }: Context): Behaviour {
  const first = cache.length === 0;
  if (first) cache.push({ key: GRAPH_1, holds: 'guards on x: float32, shape (2,)', used: true, added: true });
  else if (cache[0]) cache[0].used = true;
  const key = `graph 2 for ${CODE[branch]}, n = ${call.n}`;
  const hit = cache.find((entry) => entry.key === key);
  const seenBranch = cache.some((entry) => entry.key.includes(CODE[branch]));
  if (hit) hit.used = true;
  else cache.push({ key, holds: `+ 1 unrolled ${times(call.n)}; guard n == ${call.n}`, used: true, added: true });
  const outcome = hit ? 'reused' : seenBranch ? 'recompiled' : 'compiled';
  const start = first
    ? `${head} Dynamo compiled graph 1 (x.sum() > 0) and hit a graph break at the if; ${sumText}, so Python chose ${CODE[branch]}`
    : `${head} graph 1 was reused, then a graph break at the if; ${sumText}, so Python chose ${CODE[branch]}`;
  return {
    outcome,
    graphBreak: true,
    graph: pythonIfGraph(branch, call.n, { first, second: !hit }),
    summary: hit
      ? 'reused compiled graphs: all guards held'
      : outcome === 'recompiled'
        ? `recompiled: guard on n failed (n = ${call.n})`
        : first
          ? 'compiled, with a graph break at the if'
          : `compiled the ${OP[branch]} side for the first time`,
    narration: hit
      ? `${start}, and the cached graph 2 for it passed its guard n == ${call.n}, so nothing was compiled.`
      : outcome === 'recompiled'
        ? `${start}; its graph 2 was compiled for another n, so the guard failed and Dynamo recompiled it for n = ${call.n}.`
        : `${start}, and Dynamo compiled graph 2 for that side with the loop unrolled ${times(call.n)}.`,
    detail: hit
      ? 'Every compiled graph comes with guards, the conditions under which it is still valid. When they all hold, the cached code runs.'
      : 'Dynamo cannot put an if on a tensor’s value into one graph, so it splits f there and lets Python decide. Each side gets ' +
        'its own graph, compiled the first time Python goes that way, and unrolling range(n) makes that graph guard on n.',
  };
}

function tf1({ head, call, branch, previous, cache }: Context): Behaviour {
  if (cache.length === 0)
    cache.push({
      key: 'the one graph, fed through placeholders x and n',
      holds: 'tf.cond with both branches; tf.while_loop',
      used: true,
      added: false,
    });
  else if (cache[0]) cache[0].used = true;
  return {
    outcome: 'fed',
    graphBreak: false,
    graph: condGraph(branch, 'while', false),
    summary: `same graph; cond chose ${OP[branch]}, the loop ran ${times(call.n)}`,
    narration: `${head} session.run fed x = ${formatVector(call.x)} and n = ${call.n} into ${previous ? 'the same graph' : 'the graph'}, built once before any data existed; tf.cond chose ${OP[branch]} and tf.while_loop ran ${times(call.n)}.`,
    detail:
      'When the graph was built, x had no value yet, so a Python if on it could not run: the program uses tf.cond and ' +
      'tf.while_loop instead, and the fed values only decide which branch runs and how often the loop turns.',
  };
}

const BEHAVIOURS: Record<Mode, (context: Context) => Behaviour> = {
  eager,
  'tf-function': tfFunction,
  'torch-compile': torchCompile,
  tf1,
};

/** Why a call cannot be run, in words, or `undefined` when x is 2 finite numbers and n a whole number 0–20. */
export function callProblem(call: Call): string | undefined {
  if (call.x.length !== 2 || !call.x.every(Number.isFinite)) return 'x must be 2 finite numbers';
  if (!Number.isInteger(call.n) || call.n < 0 || call.n > 20) return 'n must be a whole number 0–20';
  return undefined;
}

/**
 * Runs `f` for each call under one execution model and returns the explorer's state after every call: the
 * branch taken, the graph built or reused, the cache, and the narration. Throws a RangeError for a call with a
 * {@link callProblem}: check each call before keeping it.
 */
export function runCalls(mode: Mode, calls: readonly Call[]): Step[] {
  const steps: Step[] = [];
  const cache: CacheEntry[] = [];
  for (const [index, call] of calls.entries()) {
    const problem = callProblem(call);
    if (problem !== undefined) throw new RangeError(problem);
    const sum = call.x.reduce((total, value) => total + value, 0);
    const branch: Branch = sum > 0 ? 'double' : 'negate';
    for (const entry of cache) entry.used = entry.added = false;
    const behaviour = BEHAVIOURS[mode]({
      head: `Call ${index + 1}, ${MODE_NAMES[mode]}:`,
      sumText: `x.sum() is ${formatValue(sum)}`,
      call,
      branch,
      previous: steps.at(-1),
      cache,
    });
    steps.push({
      number: index + 1,
      call,
      sum,
      branch,
      result: call.x.map((value) => (branch === 'double' ? value * 2 : -value) + call.n),
      cache: cache.map((entry) => ({ ...entry })),
      ...behaviour,
    });
  }
  return steps;
}
