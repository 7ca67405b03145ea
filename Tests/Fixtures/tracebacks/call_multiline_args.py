def h(a, b):
    return a.foo(b)

x = [1, 2]
print(len(x), h(x,
   3))
