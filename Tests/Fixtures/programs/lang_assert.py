# assert: passing assertions, messages, AssertionError catching, expressions in messages.
def mean(values):
    assert values, "mean of empty sequence"
    assert all(isinstance(v, (int, float)) for v in values), f"non-numeric in {values!r}"
    return sum(values) / len(values)

print(mean([1, 2, 3, 4]))
for bad in ([], [1, "2"], (3, None)):
    try:
        mean(bad)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
x = 5
assert x > 0
assert isinstance(x, int), "x must be an int"
assert [x], "non-empty list is truthy"
print("assertions passed")

class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        assert len(self.items) <= 3, f"stack overflow at {v}"
    def pop(self):
        assert self.items, "pop from empty stack"
        return self.items.pop()

s = Stack()
try:
    for v in range(10):
        s.push(v)
except AssertionError as e:
    print("AssertionError:", e, s.items)
try:
    while True:
        print("popped", s.pop())
except AssertionError as e:
    print("AssertionError:", e)

def checked_sqrt(n):
    assert n >= 0, n
    return n ** 0.5

print(checked_sqrt(16))
try:
    checked_sqrt(-4)
except AssertionError as e:
    print("AssertionError with value:", e.args[0], type(e.args[0]).__name__)
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
