"""Compute gradients with PyTorch autograd: backward() and .grad."""
import torch

# requires_grad=True asks autograd to record every operation on this tensor.
x = torch.tensor(3.0, requires_grad=True)
y = x**2 + 2 * x  # dy/dx = 2x + 2
print("y:", y.item())

# backward() walks the recorded graph from y back to x and stores the result in x.grad.
y.backward()
print("dy/dx at x = 3:", x.grad.item())

# Several tensors at once: every leaf with requires_grad=True gets its own .grad.
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
loss = (w**2).sum() + 4 * b  # d/dw = 2w, d/db = 4
loss.backward()
print("d loss / dw:", w.grad)
print("d loss / db:", b.grad.item())

# .grad accumulates: a second backward() adds to it. That is why training loops
# call optimizer.zero_grad() (or set .grad to None) before every step.
loss = (w**2).sum() + 4 * b
loss.backward()
print("d loss / dw after two backward() calls:", w.grad)
