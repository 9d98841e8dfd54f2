"""Let the Keras backend pick the accelerator, and pin work to one device with keras.device."""
import keras
from keras import ops

# Keras has no device objects of its own: the backend puts new tensors on its accelerator
# (GPU or TPU) when it sees one, and on the CPU otherwise. No code change is needed.
x = ops.convert_to_tensor([[1.0, 2.0], [3.0, 4.0]])
print("x @ x on the default device:", ops.convert_to_numpy(ops.matmul(x, x)).tolist())

# keras.device pins the work inside the block to one device, named the same way on
# every backend: "cpu:0", "gpu:0", ... Here the CPU, which every machine has.
with keras.device("cpu:0"):
    y = ops.convert_to_tensor([[1.0, 2.0], [3.0, 4.0]])
    z = ops.matmul(y, y)
print("x @ x on the CPU:", ops.convert_to_numpy(z).tolist())
# Each backend names devices its own way, so print a backend-neutral check.
print("result is on the CPU:", "cpu" in str(z.device).lower())
