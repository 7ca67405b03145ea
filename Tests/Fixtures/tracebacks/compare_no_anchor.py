def smaller(a, b):
    return a < b

smaller(1, "x")
