"""Trace a Python function into a TensorFlow graph with @tf.function."""
import tensorflow as tf


@tf.function
def dense_relu(x, w, b):
    # Python code runs only while TensorFlow traces the function into a graph, so this
    # line shows when a new graph is built. (tf.print would run on every call instead.)
    print("tracing a graph for input shape", x.shape)
    return tf.nn.relu(x @ w + b)


w = tf.ones((3, 2))
b = tf.constant([-1.0, -4.0])
print(dense_relu(tf.ones((1, 3)), w, b).numpy())      # first call: trace, then run
print(dense_relu(2 * tf.ones((1, 3)), w, b).numpy())  # same shape and dtype: reuse the graph
print(dense_relu(tf.ones((5, 3)), w, b).shape)        # new input shape: trace again
