"""Save a PyTorch model's state_dict, load it into a new instance and check its predictions."""
import os
import tempfile

import torch
from torch import nn

torch.manual_seed(0)


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))


model = make_model()
x = torch.rand(5, 4)

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "weights.pth")
    # The state_dict maps parameter names to tensors; the code that builds the model is not saved.
    torch.save(model.state_dict(), path)
    print("saved:", os.path.basename(path))
    restored = make_model()
    # weights_only=True loads tensors only and never runs pickled code (the default since 2.6).
    restored.load_state_dict(torch.load(path, weights_only=True))

# eval() switches layers such as dropout and batch norm to inference behaviour.
model.eval()
restored.eval()
with torch.no_grad():
    print("predictions match:", torch.equal(model(x), restored(x)))
