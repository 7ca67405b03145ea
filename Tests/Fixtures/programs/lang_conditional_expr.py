# Conditional expressions: nesting, laziness, use in comprehensions and arguments.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

for s in (95, 85, 75, 65, 90, 80):
    print(s, grade(s))

def boom():
    raise RuntimeError("should not be evaluated")

print(1 if True else boom(), "safe" if 0 == 0 else boom())
values = [3, -1, 0, 7, -8]
print([("pos" if v > 0 else "neg" if v < 0 else "zero") for v in values])
print([abs(v) if v < 0 else v * 10 for v in values])
print(max(values) if values else None, (lambda x: "even" if x % 2 == 0 else "odd")(7))
empty = []
print(max(empty) if empty else "no values")

def describe(x):
    kind = type(x).__name__
    return f"{x!r} is {'truthy' if x else 'falsy'} ({kind})"

for item in (0, 1, "", "x", [], [0], None, 0.0, {}, {"k": 0}):
    print(describe(item))

fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)
        for i in range(1, 21)]
print(" ".join(fizz))
a, b = 4, 9
smaller = a if a < b else b
print(smaller, (a if a > b else b) * 2, a + (1 if a else 2))
print(sum(x if x % 2 else -x for x in range(10)))
