# abs and round: ints, floats, complex, banker's rounding, ndigits, negative ndigits, __abs__.
print(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-10 ** 30), abs(True))
print(abs(float("-inf")), abs(float("nan")))
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 2), round(-7.7), type(round(7.7)).__name__, type(round(7.7, 1)).__name__)
print(round(1e20), round(123.456, 10), round(0.1 + 0.2, 15), round(5e-324, 400), round(2 ** 70 + 0.0, -5))
print(round(float("inf"), 2), round(-0.4), round(0.0), round(1 / 3, 5))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)

class Meters:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Meters(abs(self.v))
    def __neg__(self):
        return Meters(-self.v)
    def __repr__(self):
        return f"{self.v}m"

print(abs(Meters(-3.25)), abs(-Meters(2.5)), -Meters(1))
prices = [19.995, 5.005, 0.045, 100.125]
print([round(p, 2) for p in prices], [f"{p:.2f}" for p in prices])
print(sum(round(p * 100) for p in prices), [round(p) for p in (0.49999999999999994, 4.5, 5.5)])
