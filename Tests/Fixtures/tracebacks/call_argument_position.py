def fail(x):
    raise ValueError("bad value")

def show(a, b):
    return a, b

result = show(1, fail(2))
