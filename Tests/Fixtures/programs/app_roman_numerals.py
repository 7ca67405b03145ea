# Roman numeral conversion both ways with validation and round-trip checks.
PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in PAIRS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in VALUES:
            raise ValueError(f"bad numeral {ch!r} in {s!r}")
        v = VALUES[ch]
        if i + 1 < len(s) and VALUES.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not canonical (expected {to_roman(total)!r})")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:5} -> {r:<15} -> {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))
for bad in ["IIII", "VX", "ABC", "MMMM", ""]:
    try:
        print(bad, from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
