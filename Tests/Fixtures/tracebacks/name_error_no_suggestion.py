def f():
    return qqqqqqq

f()
