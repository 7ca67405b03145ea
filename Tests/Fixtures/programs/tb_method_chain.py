# full-stderr
# Traceback through __init__, a property and a classmethod of a small class hierarchy.
class Shape:
    def __init__(self, name):
        self.name = name

    @property
    def area(self):
        return self.compute_area()

    def describe(self):
        return f"{self.name}: {self.area:.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def compute_area(self):
        return 3.14159 * self.r ** 2


class Polygon(Shape):
    @classmethod
    def regular(cls, sides, length):
        p = cls("polygon")
        p.sides = [length] * sides
        return p


shapes = [Circle(1), Circle(2.5), Polygon.regular(6, 2)]
for s in shapes:
    print(s.describe())
