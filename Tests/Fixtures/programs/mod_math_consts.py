# math constants and a numerical-methods workout: series, integration, root finding.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, math.tau == 2 * math.pi)
def leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
for n in (10, 100, 1000):
    est = leibniz(n)
    print(n, est, abs(est - math.pi) < 4 / n)
def e_series(terms):
    return sum(1 / math.factorial(k) for k in range(terms))
print([round(e_series(t), 10) for t in (5, 10, 15)], math.isclose(e_series(20), math.e))
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
print(round(simpson(math.sin, 0, math.pi), 10), round(simpson(lambda x: x * x, 0, 3), 10))
print(round(simpson(math.exp, 0, 1), 10), round(math.e - 1, 10))
def bisect_root(f, lo, hi, tol=1e-12):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2
root = bisect_root(lambda x: x ** 3 - 2 * x - 5, 2, 3)
print(round(root, 9), round(bisect_root(math.cos, 0, 3), 9), round(math.pi / 2, 9))
golden = (1 + math.sqrt(5)) / 2
print(golden, golden ** 2 - golden, round(golden ** 20 / math.sqrt(5)))
angles = [0, 30, 45, 60, 90, 180, 270]
for a in angles:
    r = math.radians(a)
    print(f"{a:3d} deg  sin={math.sin(r):+.4f} cos={math.cos(r):+.4f}")
print(math.inf - math.inf != math.inf - math.inf, math.isnan(math.inf * 0), math.copysign(math.inf, -1))
print(f"{math.pi:.30f}", f"{math.e:.5e}", repr(math.pi * 1e20), repr(math.pi / 1e10))
