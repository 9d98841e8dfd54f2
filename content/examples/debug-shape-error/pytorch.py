"""Trigger a shape mismatch in a PyTorch layer, catch it, read the shapes and fix the input."""
import torch
from torch import nn

layer = nn.Linear(4, 3)  # weight shape (3, 4): PyTorch stores it as (out, in)

# A classic bug: 2 x 2 "images" passed without flattening them into 4 features.
images = torch.ones(5, 2, 2)
try:
    layer(images)
except RuntimeError:
    # The error comes from the matrix multiply, on the line that ran it, so a plain
    # traceback or pdb shows where. Its wording can change, so print the shapes instead.
    print("shape mismatch caught")
    print("input shape:", tuple(images.shape))
    print("weight shape:", tuple(layer.weight.shape))

# The fix: flatten every sample to 4 features (nn.Flatten() does this in a model).
flat = images.flatten(start_dim=1)
print("fixed input shape:", tuple(flat.shape))
print("output shape:", tuple(layer(flat).shape))
