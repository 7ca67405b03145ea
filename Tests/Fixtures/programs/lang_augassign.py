# Augmented assignment on ints, floats, strings, lists (in place), attributes and subscripts.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 4; print(n)
n //= 5; print(n)
n %= 4; print(n)
n **= 10; print(n)
n <<= 3; print(n)
n >>= 2; print(n)
n &= 0xFF; print(n)
n |= 0x100; print(n)
n ^= 0x1FF; print(n)
f = 1.0
f /= 3
f *= 3
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)

class Acc:
    def __init__(self):
        self.total = 0
        self.log = []

acc = Acc()
for v in [3, 4, 5]:
    acc.total += v
    acc.log += [v]
print(acc.total, acc.log)
grid = [[1, 2], [3, 4]]
grid[0][1] += 10
grid[1] += [5]
print(grid)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)

calls = []
def key():
    calls.append("key")
    return "k"

store = {"k": 1}
store[key()] += 1
print(store, calls)
bits = 0
for i in (1, 3, 5):
    bits |= 1 << i
print(bin(bits))
st = {1, 2}
st |= {3}
st -= {1}
print(st)
x = 7
x **= 0.5
print(x)
