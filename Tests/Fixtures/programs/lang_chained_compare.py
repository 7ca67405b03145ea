# Chained comparisons: each operand evaluated once, short-circuit on first false link.
calls = []

def v(name, value):
    calls.append(name)
    return value

print(v("a", 1) < v("b", 2) < v("c", 3), calls)
calls.clear()
print(v("a", 1) < v("b", 0) < v("c", 3), calls)
calls.clear()
print(v("a", 5) == v("b", 5) != v("c", 6) > v("d", 2), calls)
calls.clear()

def in_range(x, lo=0, hi=10):
    return lo <= x < hi

for x in (-1, 0, 5, 10, 11):
    print(x, in_range(x), in_range(x, -5, 0))

print(1 < 2 > 1, 3 > 2 > 1 > 0, 3 > 2 > 2, 1 == 1 == 1.0)
print("a" < "b" < "c", "abc" < "abd" <= "abd", [1, 2] < [1, 2, 0] < [1, 3])
lst_a = [0]
print((1, 2) < (1, 2, 3), (2,) > (1, 99), lst_a is lst_a is not None)
items = [3, 1, 4, 1, 5, 9, 2, 6]
print([a < b < c for a, b, c in zip(items, items[1:], items[2:])])
lst = [1, 2]
print(1 in lst in [[1, 2]], 3 not in lst not in [[3]], lst == [1, 2] is not None)
n = 0
while 0 <= n < 5:
    n += 2
print("n", n)
print(sorted(x for x in range(-3, 15) if -1 < x % 7 < 3))
x = 7
print(x > 5 == True, (x > 5) == True, 0 < x < 10 and x % 2 == 1)
print(float("nan") < 1 < 2, 1 < float("inf") > 2, -float("inf") < -1e308 < 0)
