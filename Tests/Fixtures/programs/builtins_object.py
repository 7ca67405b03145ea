# object(): plain instances, sentinels, default dunders, object as the root of every class.
sentinel = object()
other = object()
print(sentinel is sentinel, sentinel == other, sentinel != other, type(sentinel).__name__)
def lookup(d, key, default=sentinel):
    value = d.get(key, sentinel)
    if value is sentinel:
        if default is sentinel:
            return f"{key!r} missing and no default"
        return default
    return value
cfg = {"a": 1, "b": None}
print(lookup(cfg, "a"), lookup(cfg, "b"), lookup(cfg, "c"), lookup(cfg, "c", 0))
print(object.__name__, object.__bases__, object.__mro__, isinstance(5, object), issubclass(type, object))
try:
    sentinel.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(sentinel, "__dict__"), hasattr(object(), "__eq__"), callable(object))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), bool(p), str(p) == repr(p), hash(p) == hash(p))
print(Plain.__bases__ == (object,), [c.__name__ for c in Plain.__mro__], type(Plain) is type)
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), object.__str__(p) == object.__repr__(p))
class Custom:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Custom) and self.v == other.v
    def __hash__(self):
        return object.__hash__(self) if self.v is None else hash(self.v)
print(Custom(1) == Custom(1), Custom(None) == Custom(None), len({Custom(2), Custom(2)}))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
o = Plain()
o.x = 5
print(type(o).__name__, o.x, vars(o))
print(len([n for n in dir(object) if n.startswith("__")]) > 15, "__init__" in dir(object))
