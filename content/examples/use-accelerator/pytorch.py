"""Pick the accelerator if PyTorch sees one, else the CPU, and run a matrix product there."""
import torch

# torch.accelerator asks one question for any backend this build supports (CUDA, MPS, ...).
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
print("device:", device.type)

# Nothing moves by itself: create tensors (and models, with .to(device)) on the device.
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], device=device)
y = x @ x
print("ran on:", y.device.type)
# .cpu() copies the result back before converting it to Python numbers.
print("x @ x:", y.cpu().tolist())
