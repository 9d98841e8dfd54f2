"""Create a 2 x 3 tensor with TensorFlow and inspect it."""
import tensorflow as tf

# Python floats become float32 by default.
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])

print("shape:", x.shape)
print("dtype:", x.dtype)
print("rank:", x.ndim)
print("values:")
print(x.numpy())
print("sum:", float(tf.reduce_sum(x)))
