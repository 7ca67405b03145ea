# Decorators without arguments: wrapping, stacking order, registries, class decorators.
trace_log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        trace_log.append(f"enter {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        trace_log.append(f"exit {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper

def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"

def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"

@trace
def add(a, b):
    return a + b

@bold
@italic
def hello(name):
    return "hello " + name

print(add(2, 3), add(a=1, b=1) if False else add(10, 20))
print("\n".join(trace_log))
print(hello("world"), add.__name__, add.__wrapped__(5, 5))
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def cmd_start():
    return "starting"

@register
def cmd_stop():
    return "stopping"

for name in sorted(registry):
    print(name, registry[name]())

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(Point(1, "two"), [Point(0, 0)])

def count_calls(fn):
    def inner(*args):
        inner.calls += 1
        return fn(*args)
    inner.calls = 0
    return inner

@count_calls
def square(x):
    return x * x

print([square(i) for i in range(5)], square.calls)
