# full-stderr
# An impossible allocation raises MemoryError.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def grid(rows, cols):
    return [[0] * cols for _ in range(rows)]


small = grid(3, 4)
small[1][2] = 7
for row in small:
    print(row)
sizes = [10, 100, 1000]
for n in sizes:
    print(n, len([0] * n))
print("allocating a huge list")
huge = [0] * 10 ** 12
print(len(huge))
