"""Create a 2 x 3 tensor with PyTorch and inspect it."""
import torch

# Python floats become float32 by default; new tensors live on the CPU.
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])

print("shape:", x.shape)
print("dtype:", x.dtype)
print("rank:", x.ndim)
print("device:", x.device)
print("values:")
print(x)
print("sum:", x.sum().item())
