"""Ask Keras to compile the training and prediction steps with compile(jit_compile=True)."""
import numpy as np
import keras

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).random((64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1),
])
# The backend does the compiling: XLA on TensorFlow and JAX, torch.compile on PyTorch.
# The default, "auto", means XLA on JAX, XLA on TensorFlow only when a GPU or TPU is
# present (on a CPU-only TensorFlow machine it resolves to False), and eager on PyTorch.
model.compile(optimizer="adam", loss="mse", jit_compile=True)
print("jit_compile:", model.jit_compile)

# fit() and predict() run the compiled steps; the first batch pays for the compilation.
model.fit(x, y, batch_size=16, epochs=2, verbose=0)
print("predictions shape:", tuple(model.predict(x, verbose=0).shape))

# run_eagerly=True switches compilation off, so print() and pdb work inside call().
model.compile(optimizer="adam", loss="mse", run_eagerly=True)
print("jit_compile with run_eagerly=True:", model.jit_compile)
