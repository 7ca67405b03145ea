# Complex numbers: arithmetic, repr, attributes, conj, abs, mixing with int/float.
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z - w, z * w, z / w)
print(z.real, z.imag, z.conjugate(), abs(z), -z, +w)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(complex(), complex(2), complex(0, 1), complex("1+2j"), complex(" -3.5j "))
print(repr(0j), repr(-0j), repr(1e20j), repr(complex(1.5, -0.0)), repr(complex(0, -1)))
print(z == 3 + 4j, z != w, 1 + 0j == 1, complex(2, 0) == 2.0)
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j))
roots = []
a, b, c = 1, 2, 5
disc = b * b - 4 * a * c
sq = disc ** 0.5
print("disc", disc, "sqrt", sq)
roots = [(-b + sq) / (2 * a), (-b - sq) / (2 * a)]
print(roots)
for r in roots:
    val = a * r * r + b * r + c
    print(r, "->", abs(val) < 1e-9)
print(complex(1, 2) * 2, 2.5 * (1 - 1j), (1 + 2j) / 2, (4 + 2j) - 4)
pts = [1 + 1j, -2 + 0.5j, 3 - 3j, 0.5j]
print(sorted(pts, key=abs), max(pts, key=lambda p: p.real))
print(sum(pts), f"{z}", f"{w!r}", str(complex(-1, 0)), hash(3 + 0j) == hash(3))
print(complex(float("inf"), 1), complex(0, float("nan")), 1e300j * 1e300j)
acc = 1 + 0j
for _ in range(8):
    acc *= (1 + 1j) / abs(1 + 1j)
print(round(acc.real, 10), round(acc.imag, 10))
