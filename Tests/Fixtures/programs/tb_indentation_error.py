# full-stderr
# An IndentationError: the body of a for loop is not indented.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def triangle(n):
    rows = []
    for i in range(1, n + 1):
        rows.append("*" * i)
    return rows


def square(n):
    rows = []
    for i in range(n):
    rows.append("#" * n)
    return rows


for row in triangle(4) + square(3):
    print(row)
