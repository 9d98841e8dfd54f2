"""Save a tf.Module's variables with tf.train.Checkpoint and restore them into a new instance."""
import os
import tempfile

import tensorflow as tf


class Net(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.random.normal((4, 1)))
        self.b = tf.Variable(tf.zeros((1,)))

    def __call__(self, x):
        return x @ self.w + self.b


x = tf.random.uniform((5, 4), seed=0)
model = Net()

with tempfile.TemporaryDirectory() as folder:
    # A checkpoint stores variable values only; the Python class must rebuild the model.
    path = tf.train.Checkpoint(model=model).save(os.path.join(folder, "ckpt"))
    print("saved:", os.path.basename(path))
    restored = Net()  # fresh random weights...
    tf.train.Checkpoint(model=restored).restore(path)  # ...overwritten by the saved ones

print("predictions match:", bool(tf.reduce_all(model(x) == restored(x))))
