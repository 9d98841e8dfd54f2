"""Trigger a shape mismatch in a TensorFlow matmul, catch it, read the shapes and fix the input."""
import tensorflow as tf

w = tf.ones((4, 3))  # a dense layer's weights: 4 input features, 3 outputs

# A classic bug: 2 x 2 "images" passed without flattening them into 4 features.
images = tf.ones((5, 2, 2))
try:
    tf.matmul(images, w)
except tf.errors.InvalidArgumentError:
    # Eager execution raises right here, at the line that failed. The message's wording
    # can change between releases, so print our own line and the two shapes instead.
    print("shape mismatch caught")
    print("input shape:", images.shape)
    print("weights shape:", w.shape)

# The fix: flatten every sample to 4 features (-1 lets TensorFlow compute that size).
flat = tf.reshape(images, (images.shape[0], -1))
print("fixed input shape:", flat.shape)
print("output shape:", tf.matmul(flat, w).shape)
# tf.debugging.assert_shapes can check shapes up front, inside tf.function graphs too.
