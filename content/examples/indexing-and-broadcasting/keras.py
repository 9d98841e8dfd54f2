"""Index, slice, mask and broadcast a tensor with keras.ops. Runs on any Keras 3 backend."""
from keras import ops

# 0, 1, ..., 11 laid out as 3 rows of 4.
x = ops.reshape(ops.arange(12, dtype="float32"), (3, 4))
print("x:")
print(ops.convert_to_numpy(x))

# Indexing and slicing use NumPy syntax on every backend.
print("row 1:", ops.convert_to_numpy(x[1]))
print("column 2:", ops.convert_to_numpy(x[:, 2]))
print("x[-1, -1]:", float(x[-1, -1]))
print("x[0:2, 1:3] shape:", tuple(x[0:2, 1:3].shape))

# TensorFlow and JAX tensors are immutable, so there is no x[mask] = 0:
# ops.where builds a new tensor instead, and does it the same way on every backend.
print("zero where x > 5:")
print(ops.convert_to_numpy(ops.where(x > 5, 0.0, x)))

# Broadcasting: a (4,) row is stretched over all 3 rows, a (3, 1) column over all 4 columns.
row = ops.convert_to_tensor([10.0, 20.0, 30.0, 40.0])
col = ops.convert_to_tensor([[100.0], [200.0], [300.0]])
print("x + row shape:", tuple((x + row).shape))
print("x + col:")
print(ops.convert_to_numpy(x + col))
