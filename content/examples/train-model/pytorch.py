"""Train a linear model on synthetic data with an explicit PyTorch training loop."""
import torch
from torch import nn

torch.manual_seed(0)

# Synthetic data: y = 3x + 2 plus a little noise.
x = torch.rand(256, 1)
y = 3 * x + 2 + 0.1 * torch.randn(256, 1)

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

losses = []
for epoch in range(20):
    batch_losses = []
    for i in range(0, 256, 32):
        xb, yb = x[i:i + 32], y[i:i + 32]
        optimizer.zero_grad()          # gradients accumulate, so clear last step's
        loss = loss_fn(model(xb), yb)  # forward pass
        loss.backward()                # backward pass fills each parameter's .grad
        optimizer.step()               # update the weights from .grad
        batch_losses.append(loss.item())
    losses.append(sum(batch_losses) / len(batch_losses))

print(f"first epoch loss: {losses[0]:.4f}")
print(f"last epoch loss: {losses[-1]:.4f}")
print("loss went down:", losses[-1] < losses[0])
