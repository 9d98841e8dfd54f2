import { describe, expect, it } from 'vitest';
import { callProblem, formatVector, MODES, runCalls, type Call, type Graph, type Step } from '~/lib/graphModes';
import { graphSvg } from '~/lib/graphSvg';
import type { SvgElement } from '~/lib/svgTree';

const POSITIVE = [1, 2];
const NEGATIVE = [-3, 1];
const call = (x: number[], n: number): Call => ({ x, n });

const labels = (graph: Graph) => graph.nodes.map((node) => node.label);
const count = (graph: Graph, label: string) => labels(graph).filter((text) => text === label).length;
const node = (step: Step, id: string) => step.graph.nodes.find((candidate) => candidate.id === id);

/** The step at `index`; a missing one fails the test here rather than as an undefined later. */
function at(steps: Step[], index: number): Step {
  const step = steps[index];
  if (!step) throw new Error(`no step ${index + 1}`);
  return step;
}

describe('every mode', () => {
  it.each(MODES)('%s computes f: x * 2 or −x, plus n', (mode) => {
    const steps = runCalls(mode, [call(POSITIVE, 2), call(NEGATIVE, 3)]);
    expect(steps.map((step) => step.result)).toEqual([
      [4, 6],
      [6, 2],
    ]);
    expect(steps.map((step) => step.branch)).toEqual(['double', 'negate']);
    expect(steps.map((step) => step.number)).toEqual([1, 2]);
  });

  it.each(MODES)('%s gives every edge two existing nodes and narrates each call in one sentence', (mode) => {
    for (const step of runCalls(mode, [call(POSITIVE, 1), call(NEGATIVE, 4)])) {
      const ids = new Set(step.graph.nodes.map((graphNode) => graphNode.id));
      expect(ids.size).toBe(step.graph.nodes.length);
      for (const edge of step.graph.edges) expect([ids.has(edge.from), ids.has(edge.to)]).toEqual([true, true]);
      expect(step.narration).toMatch(new RegExp(`^Call ${step.number}, [^.]+(\\.[^ ][^.]*)*\\.$`));
    }
  });

  it('rejects an x that is not two numbers and an n that is not a small whole number', () => {
    expect(() => runCalls('eager', [call([1, 2, 3], 1)])).toThrow(RangeError);
    expect(() => runCalls('eager', [call([1, NaN], 1)])).toThrow(RangeError);
    expect(() => runCalls('tf1', [call(POSITIVE, 1.5)])).toThrow(RangeError);
    expect(() => runCalls('tf1', [call(POSITIVE, -1)])).toThrow(RangeError);
  });

  it('says in words why a call cannot run, so the page can refuse it before keeping it', () => {
    expect(callProblem(call([1, Infinity], 1))).toBe('x must be 2 finite numbers');
    expect(callProblem(call([1], 1))).toBe('x must be 2 finite numbers');
    expect(callProblem(call(POSITIVE, 21))).toBe('n must be a whole number 0–20');
    expect(callProblem(call(POSITIVE, 20))).toBeUndefined();
  });

  it('treats a sum of exactly 0 as the else branch, as `x.sum() > 0` does', () => {
    expect(runCalls('eager', [call([1, -1], 1)])[0]?.branch).toBe('negate');
  });
});

describe('eager', () => {
  it('records a new graph on every call, with only the branch Python took', () => {
    const steps = runCalls('eager', [call(POSITIVE, 2), call(POSITIVE, 2)]);
    for (const step of steps) {
      expect(step.outcome).toBe('recorded');
      expect(step.cache).toEqual([]);
      expect(step.graph.nodes.filter((graphNode) => !graphNode.python).every((graphNode) => graphNode.isNew)).toBe(
        true,
      );
      expect(labels(step.graph)).toContain('× 2');
      expect(labels(step.graph)).not.toContain('neg');
      expect(count(step.graph, '+ 1')).toBe(2);
    }
    expect(steps[1]?.summary).toContain('same operations as call 1');
  });

  it('draws a different graph when the branch or n changes, and says how it differs', () => {
    const steps = runCalls('eager', [call(POSITIVE, 2), call(NEGATIVE, 2), call(NEGATIVE, 4)]);
    const [first, otherBranch, otherN] = [at(steps, 0), at(steps, 1), at(steps, 2)];
    expect(otherBranch.graph).not.toEqual(first.graph);
    expect(labels(otherBranch.graph)).toContain('neg');
    expect(otherBranch.narration).toContain('the other branch (neg, not × 2)');
    expect(count(otherN.graph, '+ 1')).toBe(4);
    expect(otherN.narration).toContain('4 additions, not 2');
  });

  it('keeps the if in Python: it is not part of the graph', () => {
    const step = at(runCalls('eager', [call(POSITIVE, 1)]), 0);
    expect(node(step, 'if')).toMatchObject({ python: true, isNew: false });
    expect(step.graph.edges.filter((edge) => edge.python).map((edge) => `${edge.from}→${edge.to}`)).toEqual([
      'gt→if',
      'if→double',
    ]);
  });
});

describe('tf.function', () => {
  const steps = runCalls('tf-function', [
    call(POSITIVE, 2),
    call(POSITIVE, 2),
    call(NEGATIVE, 2),
    call(POSITIVE, 3),
    call(NEGATIVE, 2),
  ]);

  it('traces on the first call and reuses the graph for the same n and shape', () => {
    expect(steps.map((step) => step.outcome)).toEqual(['traced', 'reused', 'reused', 'retraced', 'reused']);
    expect(steps[0]?.graph.nodes.every((graphNode) => graphNode.isNew)).toBe(true);
    expect(steps[1]?.graph.nodes.some((graphNode) => graphNode.isNew)).toBe(false);
  });

  it('does not retrace when the sign of x changes: both branches are in the graph as a tf.cond', () => {
    const signChange = at(steps, 2);
    expect(signChange.outcome).toBe('reused');
    expect(signChange.cache).toHaveLength(1);
    expect(labels(signChange.graph)).toEqual(expect.arrayContaining(['tf.cond', '× 2', 'neg']));
    expect(node(signChange, 'double')?.idle).toBe(true);
    expect(node(signChange, 'negate')?.idle).toBe(false);
    expect(signChange.narration).toContain('no retrace');
    expect(signChange.narration).toContain('tf.cond chose neg');
  });

  it('retraces for a new n, because range(n) is unrolled while tracing, and caches a second graph', () => {
    const retrace = at(steps, 3);
    expect(retrace.narration).toContain('retraced');
    expect(retrace.summary).toBe('retraced: new n = 3');
    expect(count(retrace.graph, '+ 1')).toBe(3);
    expect(retrace.cache.map((entry) => [entry.key, entry.added])).toEqual([
      ['x: float32 (2,), n = 2', false],
      ['x: float32 (2,), n = 3', true],
    ]);
  });

  it('goes back to the first graph for n = 2, and marks which cache entry was used', () => {
    expect(steps[4]?.cache.map((entry) => entry.used)).toEqual([true, false]);
    expect(steps[4]?.cache).toHaveLength(2);
  });
});

describe('torch.compile', () => {
  const steps = runCalls('torch-compile', [
    call(POSITIVE, 2),
    call(POSITIVE, 2),
    call(POSITIVE, 3),
    call(NEGATIVE, 3),
    call(POSITIVE, 2),
  ]);

  it('breaks the graph at the data-dependent if: two graphs with Python in between', () => {
    for (const step of steps) {
      expect(step.graphBreak).toBe(true);
      expect(step.graph.boxes.map((box) => box.label)).toEqual(['graph 1', `graph 2 (n = ${step.call.n})`]);
      expect(node(step, 'if')?.note).toBe('graph break');
    }
    expect(steps[0]?.narration).toContain('graph break at the if');
    expect(labels(at(steps, 0).graph)).not.toContain('neg');
  });

  it('compiles, reuses when the guards hold, and compiles again for a new n or a new branch', () => {
    expect(steps.map((step) => step.outcome)).toEqual(['compiled', 'reused', 'recompiled', 'compiled', 'reused']);
    expect(steps[2]?.narration).toContain('guard failed');
    expect(steps[3]?.summary).toBe('compiled the neg side for the first time');
    expect(steps.map((step) => step.cache.length)).toEqual([2, 2, 3, 4, 4]);
  });

  it('compiles graph 1 once and reuses it on every later call', () => {
    expect(node(at(steps, 0), 'sum')?.isNew).toBe(true);
    expect(node(at(steps, 2), 'sum')?.isNew).toBe(false);
    expect(node(at(steps, 2), 'double')?.isNew).toBe(true);
    expect(node(at(steps, 1), 'double')?.isNew).toBe(false);
    expect(steps[4]?.cache.filter((entry) => entry.used).map((entry) => entry.key)).toEqual([
      'graph 1, x.sum() > 0',
      'graph 2 for y = x * 2, n = 2',
    ]);
  });
});

describe('TF1 define-then-run', () => {
  const steps = runCalls('tf1', [call(POSITIVE, 1), call(NEGATIVE, 4), call(POSITIVE, 2)]);

  it('runs one graph, built before any call, for every call', () => {
    expect(steps.map((step) => step.outcome)).toEqual(['fed', 'fed', 'fed']);
    const shapes = steps.map((step) => step.graph.nodes.map(({ id, label, col, row }) => ({ id, label, col, row })));
    expect(shapes[1]).toEqual(shapes[0]);
    expect(shapes[2]).toEqual(shapes[0]);
    expect(steps.every((step) => step.cache.length === 1)).toBe(true);
    expect(steps.flatMap((step) => step.graph.nodes).some((graphNode) => graphNode.isNew)).toBe(false);
  });

  it('holds tf.cond and tf.while_loop, fed through placeholders', () => {
    expect(labels(at(steps, 0).graph)).toEqual(
      expect.arrayContaining(['x placeholder', 'n placeholder', 'tf.cond', 'while_loop +1']),
    );
    expect(count(at(steps, 0).graph, '+ 1')).toBe(0);
    expect(steps[1]?.narration).toContain('same graph');
    expect(steps[1]?.narration).toContain('tf.while_loop ran 4 times');
  });
});

describe('graphSvg', () => {
  const svg = graphSvg(at(runCalls('torch-compile', [call(NEGATIVE, 2)]), 0).graph, 'demo', 'A title');
  const all = (element: SvgElement): SvgElement[] => [
    element,
    ...element.children.flatMap((child) => (typeof child === 'string' ? [] : all(child))),
  ];

  it('names the picture and describes it in words for assistive technology', () => {
    expect(svg.attrs).toMatchObject({ role: 'img', 'aria-labelledby': 'demo-t demo-d' });
    const desc = all(svg).find((element) => element.name === 'desc');
    expect(desc?.children[0]).toContain('graph break');
  });

  it('draws with classes and attributes, never a style attribute', () => {
    expect(all(svg).some((element) => 'style' in element.attrs)).toBe(false);
    expect(all(svg).filter((element) => element.attrs['class']?.includes('gm-n--new'))).not.toHaveLength(0);
  });
});

describe('formatVector', () => {
  it('uses a real minus sign', () => {
    expect(formatVector([-3, 1.5])).toBe('[−3, 1.5]');
  });
});
