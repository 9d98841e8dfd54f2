"""Save a whole Keras model to a .keras file, load it back and check its predictions."""
import os
import tempfile

import numpy as np
import keras

keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).random((5, 4)).astype("float32")

# A temporary folder keeps the example from leaving files behind.
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.keras")
    # One zip file holds the model's config, its weights and the optimizer state, so
    # loading rebuilds the model without your code (custom layers need registering).
    model.save(path)
    print("saved:", os.path.basename(path))
    restored = keras.saving.load_model(path)

print("same layers:", [l.name for l in restored.layers] == [l.name for l in model.layers])
before, after = model.predict(x, verbose=0), restored.predict(x, verbose=0)
print("predictions match:", np.allclose(before, after))
