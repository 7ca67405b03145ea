# full-stderr
# An IndexError inside an expression that spans several lines.
matrix = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]


def diagonal_sum(m, offset):
    return sum(
        m[i][i + offset]
        for i in range(len(m))
    )


print(diagonal_sum(matrix, 0))
total = (
    diagonal_sum(matrix, 0)
    + matrix[2][2]
    + matrix[3][0]
)
print(total)
