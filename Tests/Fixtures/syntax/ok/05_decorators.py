import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@staticmethod
@other.decorator
@make(1, 2)(3)
def decorated(x):
    return x


class Service:
    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args, **kwargs)


@dataclass(frozen=True)
class Frozen:
    value: int = 0


@(lambda f: f)
def weird():
    pass


@buttons[0].clicked.connect
def handler():
    pass
