# Classes: methods, super(), properties, decorators, class attributes and annotations.


class Point:
    """A point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def magnitude(self):
        return self.norm()

    @magnitude.setter
    def magnitude(self, value):
        scale = value / self.norm()
        self.x *= scale
        self.y *= scale

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Point3D(Point):
    dims = 3

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm(self):
        return (super().norm() ** 2 + self.z ** 2) ** 0.5


class Annotated:
    x: int
    y: float = 1.5
    name: str = "anon"

    def method(self) -> int:
        return self.x


class WithPrivate:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


class Meta(type):
    pass


class WithKeywords(Point, metaclass=Meta):
    pass


def decorator(f):
    return f


@decorator
class Decorated:
    @decorator
    @decorator
    def method(self):
        return 1


def class_in_function(base):
    class Local(base):
        value = base

        def get(self):
            return self.value
    return Local


class Body:
    items = [i for i in range(3)]
    total = 0
    for i in range(3):
        total += i
    if total > 2:
        big = True
    else:
        big = False
