"""Serve training data in shuffled batches with a torch Dataset and DataLoader."""
import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)


class Samples(Dataset):
    def __init__(self, n):
        self.x = torch.rand(n, 3)
        self.y = torch.arange(n)  # each sample's label is its index, to check none is lost

    def __len__(self):  # number of samples
        return len(self.x)

    def __getitem__(self, i):  # one sample; the DataLoader stacks samples into batches
        return self.x[i], self.y[i]


# shuffle=True draws a new order every epoch; a seeded generator makes it repeatable.
# num_workers=2 (or more) would load batches in background processes.
loader = DataLoader(Samples(100), batch_size=32, shuffle=True,
                    generator=torch.Generator().manual_seed(0))
print("batches per epoch:", len(loader))
labels = []
for i, (xb, yb) in enumerate(loader):
    print(f"batch {i}: x {tuple(xb.shape)}, y {tuple(yb.shape)}")
    labels += yb.tolist()
print("every sample once:", sorted(labels) == list(range(100)))
