# Lists: mutation methods, aliasing, copying, sorting stability, nested lists.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
nums.insert(-1, 11)
nums.insert(100, 12)
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums.pop(-2), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3), 3 in nums, 8 in nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, nums[::-1], nums[1::2])
alias = nums
copy = nums[:]
copy2 = list(nums)
copy3 = nums.copy()
alias.append(100)
print(nums is alias, copy is nums, len(copy), len(copy2), len(copy3), nums[-1])
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
bad = [[0] * 3] * 3
bad[1][2] = 5
print(grid, bad)
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs))
print([1, 2] + [3], [0] * 4, [1, [2, [3, [4]]]], [[]] * 2)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [2] > [1, 9], [] < [0])
m = [1, 2, 3, 4, 5]
m.clear()
print(m, bool(m), list("abc"), list(range(3)), list((1, 2)))
data = [3, 1, 2]
print(sorted(data), data, data.sort(), data)
lst = [1]
lst += [2, 3]
lst *= 2
print(lst, lst.index(2, 2), repr([None, True, 1.5, "s", b"b"]))
stack, queue = [], []
for i in range(5):
    stack.append(i)
    queue.append(i)
print([stack.pop() for _ in range(3)], [queue.pop(0) for _ in range(3)], stack, queue)
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(nested, []), [x for sub in nested for x in sub], max(nested, key=len))
