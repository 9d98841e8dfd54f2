import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMythClaims as findIn, parseMyths, textOutsideMythBoxes } from '~/lib/myths';

const myths = parseMyths(readFileSync('content/myths.yaml', 'utf8'), 'content/myths.yaml');
const findMythClaims = (text: string) => findIn(text, myths);

describe('findMythClaims', () => {
  it.each([
    ['PyTorch is written in Lua and C.', 'PyTorch is written in Lua'],
    ["PyTorch's core was implemented in Lua.", 'PyTorch is written in Lua'],
    ['Keras is slow compared with the others.', 'Keras is slow'],
    ['Keras: slow performance.', 'Keras is slow'],
    ['TensorFlow requires static graphs, so debugging is hard.', 'TensorFlow requires static graphs'],
    ['TensorFlow 2 uses static\n graphs.', 'TensorFlow requires static graphs'],
    ['In TensorFlow, the graph must be defined statically.', 'TensorFlow requires static graphs'],
    ['PyTorch is not very popular.', 'PyTorch is not very popular'],
    ['Keras is the most popular framework.', 'Keras is the most popular framework'],
    ['Keras is for small datasets.', 'Dataset size decides the framework'],
  ])('catches %j', (text, myth) => {
    expect(findMythClaims(text).map((found) => found.split(':')[0])).toEqual([myth]);
  });

  it.each([
    "PyTorch's core is written in C++ and Python; its predecessor Torch7 used Lua.",
    'Keras runs the backend’s own kernels, so it is as fast as the backend.',
    'TensorFlow 1 used static graphs built before running them in a Session.',
    'TensorFlow 2 runs eagerly by default and builds graphs with tf.function.',
    'PyTorch dominates research code (47% of implementations in 2020).',
  ])('accepts the correct fact %j', (text) => {
    expect(findMythClaims(text)).toEqual([]);
  });
});

describe('parseMyths', () => {
  it('names the file and the field of a mistake', () => {
    const source = "- id: x\n  myth: X\n  pattern: '(unclosed'\n- id: y\n  myth: Y\n";
    expect(() => parseMyths(source, 'content/myths.yaml')).toThrow(
      /content\/myths\.yaml → \[0\]\.pattern: must be a valid regular expression[\s\S]*content\/myths\.yaml → \[1\]: needs a pattern/,
    );
  });

  it('holds the popular table rows /compare/ corrects', () => {
    expect(myths.flatMap((myth) => (myth.popularTable ? [myth.popularTable.row] : []))).toEqual([
      'API level',
      'Speed',
      'Architecture',
      'Debugging',
      'Dataset',
      'Popularity',
      'Written in',
    ]);
  });
});

describe('textOutsideMythBoxes', () => {
  it('keeps what a reader reads outside the boxes, decoded, and nothing from inside one', () => {
    const html =
      '<main><p>PyTorch&#39;s core was implemented in Lua.</p><div data-myth><p>PyTorch is not very popular.</p></div><script>x</script></main>';
    expect(textOutsideMythBoxes(html)).toBe("PyTorch's core was implemented in Lua.");
    expect(findMythClaims(textOutsideMythBoxes(html)).map((found) => found.split(':')[0])).toEqual([
      'PyTorch is written in Lua',
    ]);
  });
});
