# A Fraction class with full arithmetic, comparison, hashing and formatting dunders.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-Frac.of(o))
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        o = Frac.of(o)
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den
    def __gt__(self, o):
        return Frac.of(o) < self
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

a, b = Frac(1, 3), Frac(-2, 4)
print(a, b, a + b, a - b, a * b, a / b, -a, a ** 3, b ** -2, 1 + a, 1 - a, 2 * b, 1 / a)
h = sum(Frac(1, n) for n in range(1, 11))
print("H10 =", h, float(h))
print(sorted([Frac(2, 3), Frac(1, 2), Frac(5, 7), Frac(-1, 9), Frac(3)]))
print(Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2, len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(1, 3) <= Frac(1, 3))
x = Frac(1)
for _ in range(6):
    x = (x + 2 / x) / 2
print("sqrt2 ~", x, f"{float(x):.15f}")
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(repr(Frac(10, -4)), str(Frac(0, 5)), max(Frac(1, 3), Frac(2, 7)), min([Frac(7, 3), 2]))
