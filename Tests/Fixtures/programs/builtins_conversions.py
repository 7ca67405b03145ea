# Type constructors: int/float/complex/str/bool/list/tuple/dict/set/frozenset conversions.
print(int("42"), int("-17"), int("  8  "), int("1_000"), int(3.99), int(-3.99), int(True), int("0x1f", 16), int("ff", 16))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("z", 36), int("777", 8), int(), int("+5"))
print(float("3.5"), float(7), float("-0"), float(" 1e3 "), float(), float("nan") != float("nan"))
print(complex(1), complex(1, 2), complex("3-4j"), complex(2.5), complex())
print(str(42), str(3.0), str([1, "a"]), str(None), str(b"x"), str(), str(-0.0), str(10 ** 20))
print(bool(), bool(0), bool("False"), bool([0]), list(), tuple(), dict(), set(), frozenset())
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list(range(3)), list({3: 0}.items()))
print(tuple([1, 2]), tuple("hi"), tuple(x for x in range(3)), tuple({5}))
print(dict([("a", 1), ["b", 2]]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "xy")))
print(sorted(set("hello")), sorted(set([3, 3, 1])), frozenset("aa") == frozenset("a"), set({"k": 1}))
for bad in ["", "1.5", "abc", "12 34", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "one", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(int("١٢٣"), float("١٫٥".replace("٫", ".")) if False else "skip", int(" -0 "), str(int("007")))
print(type(int("5")) is int, isinstance(bool(1), int), list(map(int, ["1", "2"])), tuple(map(str, (1, 2))))
