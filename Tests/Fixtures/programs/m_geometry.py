"""Helper module for the import programs: shapes and constants."""
PI = 3.141592653589793
UNIT = "cm"
_private = "hidden"
loaded_count = 0
loaded_count += 1
print("m_geometry loaded")


def circle_area(r):
    return PI * r * r


def rect_area(w, h):
    return w * h


class Polygon:
    def __init__(self, *sides):
        self.sides = sides

    def perimeter(self):
        return sum(self.sides)

    def __repr__(self):
        return f"Polygon{self.sides}"
