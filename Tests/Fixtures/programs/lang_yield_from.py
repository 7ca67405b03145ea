# yield from: delegation, return values of subgenerators, recursive tree flattening.
def inner(label, n):
    for i in range(n):
        yield f"{label}{i}"
    return f"{label} finished {n}"

def outer():
    r1 = yield from inner("a", 2)
    print("  inner said:", r1)
    r2 = yield from inner("b", 3)
    print("  inner said:", r2)
    yield from [100, 200]
    yield from "xy"
    return "outer done"

g = outer()
print(list(g))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node

print(list(flatten([1, [2, [3, [4, [5]]], 6], [[7]], 8])))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

root = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b", [Node("b1", [Node("b1x")])])])
for depth, value in root.walk():
    print("  " * depth + value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain(range(3), "ab", (None,), {"k": 1})))

def delegator():
    result = yield from inner("z", 1)
    yield result

print(list(delegator()))

def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

print(list(permutations("abc")), len(list(permutations([1, 2, 3, 4]))))
