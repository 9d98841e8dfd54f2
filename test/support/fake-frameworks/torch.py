"""Fake `torch` (see _scalar.py)."""
import _scalar
from _scalar import exp, log, relu, sigmoid, tanh  # noqa: F401


class _Grad:
    def __init__(self, value):
        self._value = value

    def item(self):
        return self._value


def _grad(self):
    return _Grad(self.total) if self.leaf else None


def _backward(self):
    _scalar.backward(self)


_scalar.Scalar.grad = property(_grad)
_scalar.Scalar.backward = _backward


def tensor(value, requires_grad=False):
    return _scalar.Scalar(value, leaf=requires_grad)
