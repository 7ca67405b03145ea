f()
f(1)
f(1, 2, 3)
f(a=1)
f(1, b=2)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(1, *args, 2, *more, key=3, **kw, other=4)
f(*a, b, *c)
f(x=1, *rest)
f(a, b=2, **c, d=4)
f(x for x in y)
f((x for x in y), z)
obj.method(1)(2)(3)
obj.method().other().last
data[0](arg)[1]
print("hello", end="", sep=", ", file=sys.stderr)
f(a := 1, b)
f(
    1,
    2,
)
f(*[1, 2], **{"a": 1})
