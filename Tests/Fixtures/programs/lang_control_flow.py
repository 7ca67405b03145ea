# if/elif/else chains, pass, nested conditions and early return.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        if n % 2 == 0:
            kind = "small even"
        else:
            kind = "small odd"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind

for n in (-5, 0, 3, 4, 42, 1000):
    print(n, classify(n))

def placeholder():
    pass

class Empty:
    pass

print(placeholder(), type(Empty()).__name__)

def find_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1

print(find_index("abcdef", "d"), find_index("abc", "z"))

def leap(year):
    if year % 400 == 0:
        return True
    elif year % 100 == 0:
        return False
    elif year % 4 == 0:
        return True
    else:
        return False

print([y for y in range(1896, 1912) if leap(y)], leap(2000), leap(1900))
x = 15
if x:
    pass
else:
    print("unreachable")
if x > 10 and x < 20 or x == 100:
    print("in window")
if not x % 3 and not x % 5:
    print("fizzbuzz")
if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
elif "":
    print("empty str truthy?")
else:
    print("all empties are falsy")

def sign(v):
    if v > 0: return 1
    if v < 0: return -1
    return 0

print([sign(v) for v in (-3, 0, 8, -0.5)])
