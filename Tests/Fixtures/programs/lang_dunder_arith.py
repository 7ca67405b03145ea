# Arithmetic dunders: binary, reflected, in-place, unary, NotImplemented fallbacks.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, a ** 2, -a, +a, abs(b))
c = a
c += b
print(c, a, c is a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        other_c = other.cents if isinstance(other, Money) else int(other * 100)
        return Money(self.cents + other_c)
    __radd__ = __add__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __rsub__(self, other):
        return Money(int(other * 100) - self.cents)
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __and__(self, other):
        return Money(self.cents & other.cents)
    def __or__(self, other):
        return Money(self.cents | other.cents)
    def __xor__(self, other):
        return Money(self.cents ^ other.cents)
    def __invert__(self):
        return Money(~self.cents)
    def __rshift__(self, n):
        return Money(self.cents >> n)
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

m = Money(1050)
print(m + 2.5, 2.5 + m, sum([Money(1), Money(2)]), 20 - m, m - Money(60))
print(m << 1, m >> 2, m & Money(1023), m | Money(1), m ^ Money(1050), ~m)
print(divmod(7, 2), pow(2, 5), (5).__add__(3), (5).__radd__(3), (2.0).__mul__(3))
print((1).__add__(1.5), int.__sub__(10, 3))
