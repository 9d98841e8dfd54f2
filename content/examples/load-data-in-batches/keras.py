"""Serve training data in batches with a keras.utils.PyDataset and train on it."""
import math
import numpy as np
import keras

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.random((100, 3)).astype("float32")
y = np.arange(100, dtype="float32")  # label = index, to check that no sample is lost


class Batches(keras.utils.PyDataset):
    def __init__(self, x, y, batch_size, **kwargs):
        super().__init__(**kwargs)  # workers, use_multiprocessing, max_queue_size
        self.x, self.y, self.batch_size = x, y, batch_size

    def __len__(self):  # batches per epoch; the last one may be smaller
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, i):  # batch number i, built only when it is needed
        rows = slice(i * self.batch_size, (i + 1) * self.batch_size)
        return self.x[rows], self.y[rows]

    def on_epoch_end(self):  # fit() calls this after every epoch: reshuffle
        order = rng.permutation(len(self.x))
        self.x, self.y = self.x[order], self.y[order]


data = Batches(x, y, batch_size=32)
print("batches per epoch:", len(data))
labels = []
for i in range(len(data)):
    xb, yb = data[i]
    print(f"batch {i}: x {xb.shape}, y {yb.shape}")
    labels += yb.tolist()
print("every sample once:", sorted(labels) == list(range(100)))

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(data, epochs=2, verbose=0)  # as it takes NumPy arrays, tf.data or a DataLoader
