# math module: roots, logs, trig, rounding, gcd/lcm, factorial, comb/perm, isclose, special values.
import math
print(math.sqrt(2), math.sqrt(144), math.isqrt(10 ** 20 + 12345), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), type(math.floor(2.5)).__name__)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0), math.exp(1) == math.e)
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.tan(math.pi / 4), math.atan2(1, 1) * 4)
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (6, 8)))
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(20), math.factorial(0), math.comb(10, 3), math.perm(5, 2), math.comb(100, 50))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(3.75))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.01, rel_tol=0.05), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.inf > 10 ** 400, -math.inf)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.pow(2, 10), math.sqrt(0.0), math.exp(0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
def newton_sqrt(x, eps=1e-12):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
print([round(newton_sqrt(v), 9) for v in (2, 10, 1e6)], math.isqrt(99), math.isqrt(100))
print(math.asin(1), math.acos(0), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.floor(1e20), math.ceil(-0.5), math.gcd(2 ** 100, 6 ** 50))
