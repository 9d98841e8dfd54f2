"""Index, slice, mask and broadcast a tensor with TensorFlow."""
import tensorflow as tf

# 0, 1, ..., 11 laid out as 3 rows of 4.
x = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
print("x:")
print(x.numpy())

# Indexing and slicing use NumPy syntax.
print("row 1:", x[1].numpy())
print("column 2:", x[:, 2].numpy())
print("x[-1, -1]:", float(x[-1, -1]))
print("x[0:2, 1:3] shape:", x[0:2, 1:3].shape)

# tf.boolean_mask selects the values where the mask is True, as a flat tensor.
print("values > 5:", tf.boolean_mask(x, x > 5).numpy())

# Tensors are immutable, so "set to 0" means building a new tensor with tf.where.
print("zero where x > 5:")
print(tf.where(x > 5, 0.0, x).numpy())

# Broadcasting: a (4,) row is stretched over all 3 rows, a (3, 1) column over all 4 columns.
row = tf.constant([10.0, 20.0, 30.0, 40.0])
col = tf.constant([[100.0], [200.0], [300.0]])
print("x + row shape:", (x + row).shape)
print("x + col:")
print((x + col).numpy())
