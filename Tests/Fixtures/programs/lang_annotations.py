# Annotations are parsed and kept in __annotations__ (module, function, class).
count: int = 3
name: str
ratio: float = 0.5
items: list = [1, 2]
print(__annotations__)
print(count, ratio, items, "name" in dir())

def scale(value: float, factor: "int | float" = 2, *args: int, flag: bool = False, **kw: str) -> float:
    return value * factor

print(scale(3.5), scale.__annotations__)
print(sorted(scale.__annotations__), scale.__annotations__["return"].__name__)

def untyped(a, b):
    return a

print(untyped.__annotations__, (lambda x: x).__annotations__ if hasattr(lambda x: x, "__annotations__") else None)

class Record:
    id: int
    label: str = "none"
    tags: "list[str]"
    def __init__(self, id: int) -> None:
        self.id = id
        self.inner: dict = {}

print(Record.__annotations__, Record.label, hasattr(Record, "id"))
print(Record.__init__.__annotations__)
r = Record(7)
print(r.id, r.inner, vars(r))

def forward(node: "Tree") -> "list[Tree]":
    return [node]

print(forward.__annotations__)
x: int
try:
    print(x)
except NameError as e:
    print("NameError:", e)
pairs: dict = {}
pairs["a"]: int = 1
print(pairs, "pairs" in __annotations__)
def with_defaults(a: int = 1 + 1, b: str = "s" * 2) -> tuple:
    return a, b
print(with_defaults(), with_defaults.__annotations__, with_defaults.__defaults__)
