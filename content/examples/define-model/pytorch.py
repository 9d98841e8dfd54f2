"""Define the same small network twice in PyTorch: nn.Sequential and an nn.Module subclass."""
import torch
from torch import nn

# 1. nn.Sequential: modules applied in order. nn.Linear needs both sizes up front.
sequential = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 1),
)
print(sequential)
print("Sequential parameters:", sum(p.numel() for p in sequential.parameters()))


# 2. Subclassing nn.Module: modules as attributes, forward() is the forward pass.
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


net = Net()
print("Net parameters:", sum(p.numel() for p in net.parameters()))
# Call the module, not forward(): __call__ also runs hooks.
print("output shape:", net(torch.zeros(2, 4)).shape)
