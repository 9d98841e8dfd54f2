"""Export a PyTorch model with torch.export, save it to a .pt2 file, reload it and run it."""
import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).eval()
x = torch.rand(3, 4)

# torch.export traces the model ahead of time into one whole graph: code it cannot trace
# is an error, not a graph break. Shapes are fixed unless marked dynamic, like the batch here.
batch = torch.export.Dim("batch")
program = torch.export.export(model, (x,), dynamic_shapes=({0: batch},))
print("exported:", type(program).__name__)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "model.pt2")
    torch.export.save(program, path)
    loaded = torch.export.load(path)

# module() turns the program back into a callable nn.Module.
print("outputs match:", torch.allclose(loaded.module()(x), model(x)))
print("batch of 7:", tuple(loaded.module()(torch.zeros(7, 4)).shape))
