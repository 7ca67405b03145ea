def add(a, b):
    return a + b

add(1, "x")
