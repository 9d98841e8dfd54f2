"""Pick a GPU if TensorFlow sees one, else the CPU, and run a matrix product there."""
import tensorflow as tf

# TensorFlow already uses the first GPU by default; listing the devices lets you choose.
gpus = tf.config.list_physical_devices("GPU")
device = "/GPU:0" if gpus else "/CPU:0"
print("GPUs visible:", len(gpus))

# tf.device places the operations created inside the block.
with tf.device(device):
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    y = x @ x
print("ran on:", y.device)
print("x @ x:", y.numpy().tolist())
