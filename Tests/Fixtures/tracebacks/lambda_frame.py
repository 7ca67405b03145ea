f = lambda x: x.missing
f(1)
