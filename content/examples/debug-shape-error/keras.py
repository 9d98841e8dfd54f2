"""Trigger a shape mismatch in a Keras layer, catch it, read the shapes and fix the input."""
import numpy as np
import keras

layer = keras.layers.Dense(3)
layer(np.zeros((1, 4), dtype="float32"))  # the first call builds a (4, 3) kernel

# A classic bug: 2 x 2 "images" passed without flattening them into 4 features.
images = np.ones((5, 2, 2), dtype="float32")
try:
    layer(images)
except ValueError:
    # Keras checks inputs against the layer's InputSpec before any backend maths runs,
    # so the error type is the same on every backend. Its wording can change, so
    # print our own line and the two shapes that explain it.
    print("shape mismatch caught")
    print("input shape:", images.shape)
    print("kernel shape:", tuple(layer.kernel.shape))

# The fix: flatten every sample to 4 features (keras.layers.Flatten() does this in a model).
flat = images.reshape(len(images), -1)
print("fixed input shape:", flat.shape)
print("output shape:", tuple(layer(flat).shape))
