"""Export a Keras model's forward pass for inference with model.export()."""
import os
import tempfile

import keras

keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1),
])

# An export keeps the forward pass only: no optimizer, no Keras needed to serve it.
# Each format needs its own runtime. "tf_saved_model" (the default) needs TensorFlow
# installed, and on the torch backend also torch_xla; "torch" writes a torch.export
# program and needs the torch backend. So this file picks the format from the backend.
if keras.backend.backend() == "torch":
    fmt, name = "torch", "model.pt2"
else:
    fmt, name = "tf_saved_model", "model"

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, name)
    model.export(path, format=fmt, verbose=False)
    print("exported:", os.path.exists(path))
