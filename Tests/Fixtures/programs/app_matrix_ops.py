# Matrix utilities with nested lists: multiply, transpose, determinant, identity, power.
def transpose(m):
    return [list(col) for col in zip(*m)]

def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def matpow(m, n):
    result = identity(len(m))
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result

def show(m, label):
    print(label)
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(w) for x in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b), "a @ b")
show(transpose(a), "a^T")
sq = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(sq), det(identity(4)), det([[1, 2], [2, 4]]))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show(matpow([[1, 1], [0, 1]], 5), "shear^5")
rot = [[0, -1], [1, 0]]
print(matpow(rot, 4) == identity(2), matpow(rot, 2))
big = [[(i * 7 + j * 3) % 11 for j in range(5)] for i in range(5)]
print("det big", det(big), "trace", sum(big[i][i] for i in range(5)))
