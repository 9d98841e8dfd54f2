"""Index, slice, mask and broadcast a tensor with PyTorch."""
import torch

# 0, 1, ..., 11 laid out as 3 rows of 4.
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print("x:")
print(x)

# Indexing and slicing use NumPy syntax; a slice is a view that shares x's memory.
print("row 1:", x[1])
print("column 2:", x[:, 2])
print("x[-1, -1]:", x[-1, -1].item())
print("x[0:2, 1:3] shape:", x[0:2, 1:3].shape)

# A boolean mask selects the matching values as a flat tensor.
print("values > 5:", x[x > 5])

# PyTorch tensors are mutable: assign through a mask in place (on a copy, to keep x).
y = x.clone()
y[y > 5] = 0.0
print("zero where x > 5:")
print(y)

# Broadcasting: a (4,) row is stretched over all 3 rows, a (3, 1) column over all 4 columns.
row = torch.tensor([10.0, 20.0, 30.0, 40.0])
col = torch.tensor([[100.0], [200.0], [300.0]])
print("x + row shape:", (x + row).shape)
print("x + col:")
print(x + col)
