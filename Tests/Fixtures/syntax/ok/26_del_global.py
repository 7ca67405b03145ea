del x
del x, y
del x[0], y.attr
del (a, b)
del [c, d]
del (e)
del a[1:2], b[::2]
del (a), [b], c.d[0]
del x,


def scope():
    global counter, total
    counter = 0


def outer():
    value = 1

    def inner():
        nonlocal value
        value += 1
    return inner
