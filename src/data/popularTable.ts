/**
 * The rows of a widely shared comparison table that are wrong or out of date, with the correction and its
 * source (shared/facts.md §7). The compare page shows each inside a myth box.
 */
export const POPULAR_TABLE_CORRECTIONS = [
  {
    row: 'API level',
    claim: 'PyTorch has a low-level API; Keras is the high-level one.',
    fact: 'PyTorch has low- and mid-level APIs (tensors and autograd; nn.Module and torch.optim) and no built-in fit(). TensorFlow’s own high-level API is Keras: tf.keras is Keras 3 from TensorFlow 2.16.',
    source: {
      title: 'Keras newsletter, Dec 2023',
      url: 'https://discuss.ai.google.dev/t/keras-newsletter-december-1-2023/28008',
    },
  },
  {
    row: 'Speed',
    claim: 'Keras: slow performance.',
    fact: 'No source backs it. Keras runs the backend’s own kernels and can compile with XLA or torch.compile (jit_compile).',
    source: {
      title: 'Keras trainer source',
      url: 'https://github.com/keras-team/keras/blob/master/keras/src/trainers/trainer.py',
    },
  },
  {
    row: 'Architecture',
    claim: 'TensorFlow uses static graphs defined before they run.',
    fact: 'That was TensorFlow 1 (Session and placeholder). TensorFlow 2 runs eagerly by default and builds graphs on request with tf.function.',
    source: {
      title: 'tf.compat.v1.placeholder',
      url: 'https://www.tensorflow.org/api_docs/python/tf/compat/v1/placeholder',
    },
  },
  {
    row: 'Debugging',
    claim: 'TensorFlow debugging needs the special tfdbg tool.',
    fact: 'tfdbg wrapped a TF1 Session. TensorFlow 2 code debugs with pdb and print, tf.config.run_functions_eagerly(True) and TensorBoard Debugger V2.',
    source: {
      title: 'tf.config.run_functions_eagerly',
      url: 'https://www.tensorflow.org/api_docs/python/tf/config/run_functions_eagerly',
    },
  },
  {
    row: 'Dataset',
    claim: 'Keras suits small datasets; TensorFlow and PyTorch suit large ones.',
    fact: 'Dataset size is not a property of a framework: tf.data, a PyTorch DataLoader and everything Keras’s fit accepts stream data of any size.',
    source: {
      title: 'Keras trainer source',
      url: 'https://github.com/keras-team/keras/blob/master/keras/src/trainers/trainer.py',
    },
  },
  {
    row: 'Popularity',
    claim: 'PyTorch is not very popular.',
    fact: 'PyTorch accounted for 47% of paper implementations against 18% for TensorFlow (State of AI Report 2020, from Papers With Code data, which shut down in July 2025).',
    source: { title: 'State of AI Report 2020', url: 'https://www.stateof.ai/2020' },
  },
  {
    row: 'Written in',
    claim: 'PyTorch is written in Lua.',
    fact: 'Lua was the language of Torch7, PyTorch’s predecessor. PyTorch is written in Python, C++ and CUDA.',
    source: { title: 'pytorch/pytorch repository', url: 'https://github.com/pytorch/pytorch' },
  },
] as const;
