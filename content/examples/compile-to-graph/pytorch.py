"""Compile a PyTorch model with torch.compile and check that it matches eager mode."""
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))

# torch.compile returns a wrapper at once; the work happens on the first call, when
# TorchDynamo captures the graph and TorchInductor generates code for it (on the CPU
# this needs a C++ compiler). Later calls with the same shapes reuse that code.
compiled = torch.compile(model)

x = torch.rand(64, 3)
with torch.no_grad():
    eager_out = model(x)
    compiled_out = compiled(x)
print("output shape:", compiled_out.shape)
# Generated kernels may round differently, so compare with a tolerance.
print("matches eager:", torch.allclose(eager_out, compiled_out, atol=1e-6))
