"""Fake `tensorflow` (see _scalar.py)."""
from types import SimpleNamespace

import _scalar
from _scalar import exp, sigmoid, tanh  # noqa: F401

math = SimpleNamespace(log=_scalar.log)
nn = SimpleNamespace(relu=_scalar.relu)


def Variable(value):
    return _scalar.Scalar(value, leaf=True)


class GradientTape:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def gradient(self, target, sources):
        _scalar.backward(target)
        return [source.total for source in sources]
