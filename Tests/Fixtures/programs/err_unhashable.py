# Uncaught TypeError: using a list as a dict key while grouping coordinates.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
points = [(0, 0), (1, 2), (0, 0), (3, 1), (1, 2)]
counts = {}
for p in points:
    counts[p] = counts.get(p, 0) + 1
print(counts)
groups = {}
for x, y in points:
    groups.setdefault(x, []).append(y)
print(groups)
seen = set()
for p in points:
    seen.add(p)
print(sorted(seen))
paths = [[0, 1], [1, 2], [0, 1]]
unique_paths = set()
for path in paths:
    unique_paths.add(path)
print(unique_paths)
