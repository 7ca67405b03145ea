def f(a, b):
    return a    **    b

f("a", 2)
