"""Score fixed predictions: accuracy and a confusion matrix with plain PyTorch ops."""
import torch

# True classes of 8 samples, and the class probabilities a 3-class model predicted for them.
labels = torch.tensor([0, 0, 1, 1, 1, 2, 2, 2])
probs = torch.tensor([
    [0.8, 0.1, 0.1], [0.3, 0.6, 0.1], [0.2, 0.7, 0.1], [0.1, 0.8, 0.1],
    [0.1, 0.2, 0.7], [0.1, 0.1, 0.8], [0.2, 0.1, 0.7], [0.1, 0.6, 0.3],
])
predicted = probs.argmax(dim=-1)
print("predicted:", predicted)

# Accuracy is the mean of a 0/1 "was it right" tensor (booleans must become floats first).
print("accuracy:", (predicted == labels).float().mean().item())

# Core PyTorch has no confusion-matrix function, so build one:
# give each (true, predicted) pair its own bin, count with bincount, fold into 3 x 3.
matrix = torch.bincount(labels * 3 + predicted, minlength=9).reshape(3, 3)
print("confusion matrix (rows = true, columns = predicted):")
print(matrix)
