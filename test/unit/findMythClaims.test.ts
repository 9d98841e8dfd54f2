import { describe, expect, it } from 'vitest';
import { findMythClaims } from '~/lib/findMythClaims';

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
