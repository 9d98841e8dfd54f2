"""Compute gradients with tf.GradientTape."""
import tensorflow as tf

# Gradients are taken with respect to tf.Variables, which the tape watches automatically.
x = tf.Variable(3.0)

# The tape records the operations run inside the block, then replays them backwards.
with tf.GradientTape() as tape:
    y = x**2 + 2 * x  # dy/dx = 2x + 2
print("y:", float(y))
print("dy/dx at x = 3:", float(tape.gradient(y, x)))

# One tape can differentiate with respect to several variables at once.
w = tf.Variable([1.0, 2.0, 3.0])
b = tf.Variable(0.5)
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(w**2) + 4 * b  # d/dw = 2w, d/db = 4
grad_w, grad_b = tape.gradient(loss, [w, b])
print("d loss / dw:", grad_w.numpy())
print("d loss / db:", float(grad_b))

# A tape is used up by its first gradient() call (unless persistent=True),
# so every training step opens a fresh one; nothing accumulates between steps.
