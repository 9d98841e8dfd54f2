"""Stream training data in shuffled batches with a tf.data pipeline."""
import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.uniform((100, 3))
y = tf.range(100)  # each sample's label is its index, to check that no sample is lost

# Each step returns a new Dataset: slice into samples, shuffle within a buffer of 100
# (the whole set here), group into batches of 32, and prepare the next batch while
# the current one is used.
dataset = (
    tf.data.Dataset.from_tensor_slices((x, y))
    .shuffle(buffer_size=100, seed=0)
    .batch(32)
    .prefetch(tf.data.AUTOTUNE)
)
print("batches per epoch:", len(dataset))
labels = []
for i, (xb, yb) in enumerate(dataset):
    print(f"batch {i}: x {tuple(xb.shape)}, y {tuple(yb.shape)}")
    labels += yb.numpy().tolist()
print("every sample once:", sorted(labels) == list(range(100)))
# A tf.keras model's fit() takes this dataset as it is.
