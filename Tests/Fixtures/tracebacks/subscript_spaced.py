def f(x):
    return x [ 0 ] [ 9 ]

f([[1]])
