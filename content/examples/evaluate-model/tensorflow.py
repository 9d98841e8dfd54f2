"""Score fixed predictions: accuracy and tf.math.confusion_matrix."""
import tensorflow as tf

# True classes of 8 samples, and the class probabilities a 3-class model predicted for them.
labels = tf.constant([0, 0, 1, 1, 1, 2, 2, 2])
probs = tf.constant([
    [0.8, 0.1, 0.1], [0.3, 0.6, 0.1], [0.2, 0.7, 0.1], [0.1, 0.8, 0.1],
    [0.1, 0.2, 0.7], [0.1, 0.1, 0.8], [0.2, 0.1, 0.7], [0.1, 0.6, 0.3],
])
# argmax returns int64; cast so it compares with the int32 labels.
predicted = tf.cast(tf.argmax(probs, axis=-1), tf.int32)
print("predicted:", predicted.numpy())

# Accuracy is the mean of a 0/1 "was it right" tensor.
correct = tf.cast(tf.equal(predicted, labels), tf.float32)
print("accuracy:", float(tf.reduce_mean(correct)))

# TensorFlow ships a confusion-matrix op: rows are true classes, columns predicted ones.
matrix = tf.math.confusion_matrix(labels, predicted, num_classes=3)
print("confusion matrix (rows = true, columns = predicted):")
print(matrix.numpy())
