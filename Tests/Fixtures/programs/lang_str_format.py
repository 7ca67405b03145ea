# str.format: positional, keyword, index and attribute fields, nested specs, conversions.
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{name}".format(9, name="n"))
pt = {"x": 3, "y": 4}
print("({0[x]}, {0[y]})".format(pt), "{0[1]}{0[0]}".format("ab"), "{p[0]}".format(p=[7]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1.5, -2)
print("{0.x} {0.y} {0!r} {0!s}".format(p), "{.x}".format(p))
print("[{:>10}] [{:<10}] [{:^10}] [{:~^11}]".format("r", "l", "c", "mid"))
print("{:,.2f} {:08.3f} {:+} {:e} {:%} {:.3}".format(1234567.891, 3.14159, 5, 0.5, 0.25, 3.14159))
print("{:b} {:o} {:x} {:#X} {:c} {:d}".format(10, 10, 255, 255, 65, True))
print("{:{w}.{p}f}|".format(2.718281828, w=10, p=4), "{:>{}}".format("z", 4))
print("{{}} {{{}}}".format("in"), "{!r:>8}".format("q"), "{0:}".format(12))
table = [("Alice", 88.5), ("Bob", 92.25), ("Charlotte", 79.0)]
width = max(len(n) for n, _ in table)
for n, s in table:
    print("{name:<{w}} | {score:6.2f} | {bar}".format(name=n, w=width, score=s, bar="#" * int(s // 10)))
template = "Dear {title} {last}, your balance is {amt:,.2f}."
print(template.format(title="Dr.", last="Who", amt=-1234.5))
args = ("x", "y")
kwargs = {"sep": "/"}
print("{0}{sep}{1}".format(*args, **kwargs))
print("{:s}".format("plain"), "{:10}|".format(3.5), "{:10}|".format("s"), "{:<5}|".format(7))
print(format(1234.5678, ",.1f"), format(42, "06d"), format("hi", "^6"), format(0.1, ".17g"))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"k": (1,)}), "{:g}".format(1e-10))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format(1.5)
except ValueError as e:
    print("ValueError:", e)
