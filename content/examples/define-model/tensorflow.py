"""Define a small network with TensorFlow's own building blocks: tf.Module and tf.Variable."""
import tensorflow as tf


class Dense(tf.Module):  # a tf.Module tracks every tf.Variable assigned to it
    def __init__(self, n_in, n_out, activation=tf.identity):
        super().__init__()
        self.w = tf.Variable(tf.random.normal((n_in, n_out), stddev=0.1))
        self.b = tf.Variable(tf.zeros((n_out,)))
        self.activation = activation

    def __call__(self, x):
        return self.activation(x @ self.w + self.b)


# 1. Sequential: outside tf.keras TensorFlow has no such class, but a list of layers does it.
class Sequential(tf.Module):
    def __init__(self, layers):
        super().__init__()
        self.layers = layers  # the layers' variables are tracked through the list too

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class Net(tf.Module):  # 2. A custom model: sub-modules as attributes, forward pass written out.
    def __init__(self):
        super().__init__()
        self.hidden, self.out = Dense(4, 8, tf.nn.relu), Dense(8, 1)

    def __call__(self, x):
        return self.out(self.hidden(x))


sequential, net = Sequential([Dense(4, 8, tf.nn.relu), Dense(8, 1)]), Net()
print("Sequential parameters:", sum(int(tf.size(v)) for v in sequential.trainable_variables))
print("Net parameters:", sum(int(tf.size(v)) for v in net.trainable_variables))
print("output shape:", net(tf.zeros((2, 4))).shape)
