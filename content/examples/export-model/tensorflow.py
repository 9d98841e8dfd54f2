"""Export a tf.Module as a SavedModel, reload it without its Python class, and run it."""
import os
import tempfile

import tensorflow as tf


class Net(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.random.normal((4, 1), seed=0))
        self.b = tf.Variable(tf.zeros((1,)))

    # The input signature fixes dtype and shape; None lets the batch size vary.
    @tf.function(input_signature=[tf.TensorSpec([None, 4], tf.float32)])
    def __call__(self, x):
        return x @ self.w + self.b


model = Net()
x = tf.random.uniform((3, 4), seed=0)

with tempfile.TemporaryDirectory() as folder:
    # A SavedModel stores the traced graph and the variables, so TF Serving and the
    # LiteRT converter can use it without this Python code.
    tf.saved_model.save(model, folder)
    print("saved_model.pb written:", "saved_model.pb" in os.listdir(folder))
    loaded = tf.saved_model.load(folder)

print("signatures:", list(loaded.signatures))
print("outputs match:", bool(tf.reduce_all(loaded(x) == model(x))))
print("batch of 7:", loaded(tf.zeros((7, 4))).shape)
