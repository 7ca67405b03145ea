# Float repr: shortest round-trip, exponent switch points, inf/nan, negative zero.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 1e-7, 0.0001234, 1.5e-10, 5e-324, 1.7976931348623157e308,
        3.0, -0.0, 100.0, 1e22, 1e23, 2.5, 9007199254740993.0, 0.3]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -nan)
print(inf > 1e308, nan == nan, nan != nan, inf == inf, [nan] == [nan])
print(float("1e500"), float("-1e500"), 1e308 * 10, -1e308 * 10)
print(float("  3.25 "), float("-1_000.5"), float("infinity"), float("-NaN"))
print(1.0 / 3 * 3, 0.1 * 3, 1.1 + 2.2, 3.3 * 3, 1e16 + 1, 2 ** 53 + 1.0)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(7.0 // 2, 7.0 % 2, -7.0 % 3, 7 % -3.0, divmod(-7.5, 2))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float.fromhex("0x1.8p1"))
print((0.5).hex(), (1.0).hex(), int(3.99), int(-3.99), float(10 ** 20))
print(f"{0.1:.20f}", f"{1e16:f}", f"{123.456:e}", f"{123.456:g}", f"{0.00001234:g}")
print(f"{1e16:g}", f"{1234567.0:g}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.0:.1f}")
print(sum([0.1] * 10), 0.1 * 10, 4.35 * 100, 1.0 - 0.9)
print(max(1.0, 1), min(-0.0, 0.0), abs(-0.0), -0.0 == 0.0, str(-0.0 + 0.0))
print(2.0 ** 0.5, 10 ** -2, 2 ** 0.5 * 2 ** 0.5, 1e-7 * 10, 1 / 1e-7)
print(hash(1.0), hash(0.5), hash(-1.5), hash(1e100) == hash(int(1e100)))
