f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=2: x + y
f3 = lambda *args, **kwargs: (args, kwargs)
f4 = lambda a, /, b, *, c: a
f5 = lambda *, k=1: k
f6 = lambda a=1, /, b=2: a
f7 = lambda x: lambda y: x + y
f8 = lambda: (yield)
f9 = lambda x: x if x else None
f10 = lambda *a: a
f11 = lambda **k: k
f12 = lambda a, *b, c, d=4, **e: 0
