# sys.getrecursionlimit / setrecursionlimit and deep-but-bounded recursion.
import sys
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), depth(900))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
sys.setrecursionlimit(100)
def countdown(n):
    return n if n <= 0 else countdown(n - 1)
try:
    countdown(500)
except RecursionError as e:
    print("RecursionError:", e)
print(countdown(50))
sys.setrecursionlimit(1000)
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(300), mutual_odd(301), mutual_even(7))
try:
    mutual_even(100000)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.getrecursionlimit())
