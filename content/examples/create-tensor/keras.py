"""Create a 2 x 3 tensor with keras.ops and inspect it. Runs on any Keras 3 backend."""
import keras
from keras import ops

# A nested Python list becomes a tensor of the active backend (TensorFlow, JAX or PyTorch).
x = ops.convert_to_tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype="float32")

# The tensor's type depends on the backend, so print backend-neutral views of it.
print("shape:", tuple(x.shape))
print("dtype:", keras.backend.standardize_dtype(x.dtype))
print("rank:", len(x.shape))
print("values:")
print(ops.convert_to_numpy(x))
print("sum:", float(ops.sum(x)))
