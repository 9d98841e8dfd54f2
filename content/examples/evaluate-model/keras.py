"""Score fixed predictions: accuracy with a Keras metric and a confusion matrix with keras.ops."""
import numpy as np
import keras
from keras import ops

# True classes of 8 samples, and the class probabilities a 3-class model predicted for them.
labels = np.array([0, 0, 1, 1, 1, 2, 2, 2])
probs = np.array([
    [0.8, 0.1, 0.1], [0.3, 0.6, 0.1], [0.2, 0.7, 0.1], [0.1, 0.8, 0.1],
    [0.1, 0.2, 0.7], [0.1, 0.1, 0.8], [0.2, 0.1, 0.7], [0.1, 0.6, 0.3],
], dtype="float32")
predicted = ops.argmax(probs, axis=-1)
print("predicted:", ops.convert_to_numpy(predicted))

# Keras metrics are stateful: update_state() adds batches, result() reads the total.
# (compile(metrics=["accuracy"]) plus model.evaluate() uses the same objects.)
accuracy = keras.metrics.SparseCategoricalAccuracy()
accuracy.update_state(labels, probs)
print("accuracy:", float(accuracy.result()))

# Keras has no multi-class confusion matrix; one-hot(true)^T @ one-hot(predicted) counts
# how often each true class (row) was predicted as each class (column).
matrix = ops.matmul(ops.transpose(ops.one_hot(labels, 3)), ops.one_hot(predicted, 3))
print("confusion matrix (rows = true, columns = predicted):")
print(ops.convert_to_numpy(ops.cast(matrix, "int32")))
