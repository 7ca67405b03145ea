# Classes: inheritance, super(), properties, dunders, class attributes.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides"
    def __repr__(self):
        return f"Shape({self.name!r})"

class Square(Shape):
    sides = 4
    def __init__(self, size):
        super().__init__("square")
        self.size = size
    @property
    def area(self):
        return self.size * self.size
    def __eq__(self, other):
        return isinstance(other, Square) and other.size == self.size

s = Square(3)
print(s.describe(), s.area, s == Square(3), s != Square(4))
print(repr(Shape("blob")), isinstance(s, Shape), issubclass(Square, Shape))
print(Square.__mro__[1].__name__, type(s).__name__)
