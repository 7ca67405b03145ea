# List, dict and set comprehensions: filters, nesting, scoping, matrix operations.
squares = [n * n for n in range(10)]
print(squares)
print([n for n in squares if n % 2 == 0], [(n, n % 3) for n in range(6) if n % 3])
matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words})
print({len(w) for w in words}, {w[0] for w in words if len(w) > 3})
print({k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"x": 1, "y": 2}.items()})
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
coords = [(x, y) for x in range(3) for y in range(3) if x != y]
print(coords)
counts = {ch: "mississippi".count(ch) for ch in sorted(set("mississippi"))}
print(counts)
x = "outer"
result = [x for x in range(3)]
print(result, x)
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat, [i for i in range(5)][::-1], [[] for _ in range(2)])
table = {n: {m: n * m for m in range(1, 4)} for n in range(1, 4)}
print(table, table[2][3])
offset = 100
print([offset + i for i in range(3)], {i: offset for i in range(2)})
class Holder:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
print(Holder.doubled)
