"""Train a one-neuron linear model on synthetic data with compile() and fit()."""
import numpy as np
import keras

# Seeds Python, NumPy and the backend at once, so weight initialisation is repeatable.
keras.utils.set_random_seed(0)

# Synthetic data: y = 3x + 2 plus a little noise.
rng = np.random.default_rng(0)
x = rng.random((256, 1)).astype("float32")
y = (3 * x + 2 + 0.1 * rng.standard_normal((256, 1))).astype("float32")

model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
# compile() picks the optimizer and loss; fit() runs the whole loop: batching,
# shuffling, forward pass, gradients and weight updates, epoch after epoch.
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
history = model.fit(x, y, batch_size=32, epochs=20, verbose=0)

# fit() returns the mean loss of every epoch.
losses = history.history["loss"]
print(f"first epoch loss: {losses[0]:.4f}")
print(f"last epoch loss: {losses[-1]:.4f}")
print("loss went down:", losses[-1] < losses[0])
