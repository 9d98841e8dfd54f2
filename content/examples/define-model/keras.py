"""Define the same small network twice in Keras: as a Sequential stack and as a subclassed Model."""
import numpy as np
import keras
from keras import layers

# 1. Sequential: a plain stack of layers. keras.Input fixes the input size,
#    so the weights are created straight away.
sequential = keras.Sequential([
    keras.Input(shape=(4,)),
    layers.Dense(8, activation="relu"),
    layers.Dense(1),
])
print("Sequential parameters:", sequential.count_params())


# 2. Subclassing: layers are attributes, call() is the forward pass (any Python you like).
class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = layers.Dense(8, activation="relu")
        self.out = layers.Dense(1)

    def call(self, x):
        return self.out(self.hidden(x))


net = Net()
# A subclassed model learns its input size from the first batch it sees.
y = net(np.zeros((2, 4), dtype="float32"))
print("Subclassed parameters:", net.count_params())
print("output shape:", tuple(y.shape))
