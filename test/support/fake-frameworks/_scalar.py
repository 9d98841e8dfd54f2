"""A scalar reverse-mode autodiff with just enough of the PyTorch, TensorFlow and Keras APIs to run the backprop
explorer's generated programs where the real frameworks are not installed. It keeps their semantics that matter to
the programs: only a leaf tensor has `.grad` (a non-leaf's is None), and a tape returns one gradient per source."""
import math


class Scalar:
    def __init__(self, value, parents=(), leaf=False):
        self.value = float(value)
        self.parents = parents  # (node, local gradient) pairs
        self.leaf = leaf
        self.total = 0.0

    def __add__(self, other):
        other = lift(other)
        return Scalar(self.value + other.value, ((self, 1.0), (other, 1.0)))

    def __radd__(self, other):
        return lift(other) + self

    def __sub__(self, other):
        other = lift(other)
        return Scalar(self.value - other.value, ((self, 1.0), (other, -1.0)))

    def __rsub__(self, other):
        return lift(other) - self

    def __mul__(self, other):
        other = lift(other)
        return Scalar(self.value * other.value, ((self, other.value), (other, self.value)))

    def __rmul__(self, other):
        return lift(other) * self

    def __truediv__(self, other):
        other = lift(other)
        return Scalar(self.value / other.value, ((self, 1 / other.value), (other, -self.value / other.value**2)))

    def __rtruediv__(self, other):
        return lift(other) / self

    def __pow__(self, other):
        other = lift(other)
        value = self.value**other.value
        by_exponent = value * math.log(self.value) if self.value > 0 else 0.0
        return Scalar(value, ((self, other.value * self.value ** (other.value - 1)), (other, by_exponent)))

    def __rpow__(self, other):
        return lift(other) ** self

    def __neg__(self):
        return Scalar(-self.value, ((self, -1.0),))

    def __float__(self):
        return self.value


def lift(value):
    return value if isinstance(value, Scalar) else Scalar(value)


def unary(function, derivative):
    def apply(x):
        x = lift(x)
        return Scalar(function(x.value), ((x, derivative(x.value)),))

    return apply


def sigmoid_value(x):
    return 1 / (1 + math.exp(-x))


exp = unary(math.exp, math.exp)
log = unary(lambda x: math.log(x) if x > 0 else math.nan, lambda x: 1 / x)
tanh = unary(math.tanh, lambda x: 1 - math.tanh(x) ** 2)
relu = unary(lambda x: max(x, 0.0), lambda x: 1.0 if x > 0 else 0.0)
sigmoid = unary(sigmoid_value, lambda x: sigmoid_value(x) * (1 - sigmoid_value(x)))


def backward(output):
    order, seen = [], set()

    def visit(node):
        if id(node) in seen:
            return
        seen.add(id(node))
        for parent, _ in node.parents:
            visit(parent)
        order.append(node)

    visit(output)
    for node in order:
        node.total = 0.0
    output.total = 1.0
    for node in reversed(order):
        for parent, local in node.parents:
            parent.total += node.total * local
