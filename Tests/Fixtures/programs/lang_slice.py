# Slices: slice objects, negative steps, indices(), slice assignment and deletion.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[::-1], s[8:2:-2], s[-1:-5:-1])
print(s[100:], s[-100:3], s[5:2], s[::-100], s[3:3])
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], list(range(20))[sl])
print(slice(None), slice(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(1, 100, 3).indices(10), slice(None, None, 2).indices(7))
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
nums[1:1] = [9, 9, 9]
print(nums)
del nums[::3]
print(nums)
del nums[-2:]
print(nums)
nums[:] = []
print(nums)
grid = list(range(12))
rows = [grid[i:i + 4] for i in range(0, 12, 4)]
cols = [grid[i::4] for i in range(4)]
print(rows, cols)
t = (0, 1, 2, 3, 4, 5)
print(t[1:-1], t[::-2], t[slice(2, None)], type(t[1:2]).__name__)
key = slice(1, 3)
data = [10, 20, 30, 40]
print(data[key], "abcd"[key], (1, 2, 3, 4)[key], b"wxyz"[key])
try:
    data[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    print(data[::0])
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), repr(slice(None, -1, None)))
pal = "racecar"
print(pal == pal[::-1], "hello"[1:-1][::-1], [1, 2, 3, 4, 5][-2::-2])
