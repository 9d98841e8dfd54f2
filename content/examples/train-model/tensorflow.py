"""Train a linear model on synthetic data with a tf.GradientTape loop."""
import tensorflow as tf

tf.random.set_seed(0)

# Synthetic data: y = 3x + 2 plus a little noise.
x = tf.random.uniform((256, 1))
y = 3 * x + 2 + 0.1 * tf.random.normal((256, 1))

# The model is two variables; the loss and the update rule are written out by hand.
w = tf.Variable(tf.random.normal((1, 1)))
b = tf.Variable(tf.zeros((1,)))
learning_rate = 0.1

losses = []
for epoch in range(20):
    batch_losses = []
    for i in range(0, 256, 32):
        xb, yb = x[i:i + 32], y[i:i + 32]
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((xb @ w + b - yb) ** 2)
        grad_w, grad_b = tape.gradient(loss, [w, b])
        # Plain gradient descent; a tf.keras optimizer's apply_gradients() would do this step.
        w.assign_sub(learning_rate * grad_w)
        b.assign_sub(learning_rate * grad_b)
        batch_losses.append(float(loss))
    losses.append(sum(batch_losses) / len(batch_losses))

print(f"first epoch loss: {losses[0]:.4f}")
print(f"last epoch loss: {losses[-1]:.4f}")
print("loss went down:", losses[-1] < losses[0])
