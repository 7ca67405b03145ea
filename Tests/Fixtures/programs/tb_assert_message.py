# full-stderr
# An uncaught AssertionError with a formatted message from a matrix helper.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def matmul(a, b):
    assert len(a[0]) == len(b), f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}"
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def show(m):
    for row in m:
        print(" ".join(f"{v:4d}" for v in row))


a = [[1, 2], [3, 4]]
b = [[5, 6, 7], [8, 9, 10]]
show(matmul(a, b))
identity = [[1, 0], [0, 1]]
show(matmul(a, identity))
print("now a bad product")
show(matmul(b, a))
