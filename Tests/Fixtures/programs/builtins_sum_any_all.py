# sum (with start), any, all: short circuit, empty iterables, floats, lists of lists.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2], start=100))
print(sum([[1], [2, 3], []], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum([1.5, 2, 3j]))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum([10 ** 20, 1, -(10 ** 20)]))
print(sum([1e100, 1.0, -1e100]), sum([0.5, 0.25, 0.125]), sum(range(10), -45))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(x) for x in [5, 4, 1, 9]), calls)
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
print(all(all(row) for row in grid), any(0 in row for row in grid), [any(c > 5 for c in r) for r in grid])
print(all(a <= b for a, b in zip([1, 2, 2, 5], [2, 2, 5, 9])), all(isinstance(x, int) for x in [1, True]))
passwords = ["abc", "Secret1", "longpassword", "Sh0rt"]
for p in passwords:
    checks = [len(p) >= 8, any(c.isupper() for c in p), any(c.isdigit() for c in p)]
    print(f"{p:14} {checks} -> {'strong' if all(checks) else 'weak'} ({sum(checks)}/3)")
print(sum(1 for c in "hello world" if c in "aeiou"), any("o" in w for w in ["cat", "dog"]))
avg = lambda xs: sum(xs) / len(xs) if xs else 0
print(avg([3, 4, 5, 6]), avg([]), round(sum([0.1, 0.2, 0.3]), 10))
