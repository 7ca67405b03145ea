# f-strings: format specs, conversions, nested fields, expressions, alignment and fill.
name, score, ratio = "Ada", 97.456, 0.4567
print(f"{name} scored {score:.1f} ({ratio:.1%})")
print(f"{name!r} {name!s} {name!a} {'é'!a} {42!r}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:-<6}]")
print(f"{12345:,} {12345678:_} {255:x} {255:X} {255:#x} {255:o} {255:#b} {5:08b}")
print(f"{3.14159:10.3f}| {3.14159:<10.2f}| {-3.14159:+.2f} {3.0: .2f} {1234.5:,.2f}")
print(f"{42:5d}|{42:<5d}|{42:^5}|{-42:05d}|{42:+d}|{0.000123:.2e}|{1e10:.3g}")
width, prec = 12, 3
print(f"{score:{width}.{prec}f}|{name:>{width}}|")
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 3.0}
for k, v in items.items():
    print(f"{k:<12}{v:>8.2f}")
print(f"{'total':<12}{sum(items.values()):>8.2f}")
print(f"{1 + 2} {[x * 2 for x in range(3)]} {dict(a=1)['a']} {'yes' if score > 90 else 'no'}")
print(f"{{literal braces}} {{{name}}}")
print(f"{3 + 4j} {True} {None} {[1, 'a']} {(1,)}")

class Temp:
    def __init__(self, c):
        self.c = c
    def fahrenheit(self):
        return f"{self.c * 9 / 5 + 32:.1f}F"
    def __repr__(self):
        return f"Temp({self.c})"
    def __str__(self):
        return f"{self.c} degrees"

t = Temp(21.5)
print(f"{t} {t.fahrenheit()} {t!r} {t!s} {str(t)} {t!r:>12}|{t.c:08.3f}")
print(f"{'nested ' + f'{name.upper()}'}", f"{name[0]}{name[-1]}", f"{len(name) = }")
value = 7
print(f"{value=}", f"{value * 2 = }", f"{name = !r}", f"{score=:.2f}")
print(f"{0.1 + 0.2}", f"{1e16}", f"{1e-7}", f"{float('inf')}", f"{-0.0}")
print(f"{'left':<{value}}|", f"{12:{'0'}{5}}", f"{'x'!r:>5}")
print(f"{1000000:e}", f"{0.5:%}", f"{123.456:.0f}", f"{2.5:.0f}", f"{1/3:.15g}", f"{10:n}")
