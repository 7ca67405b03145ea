# range: steps, negatives, membership, indexing, slicing, len, equality, reversed.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:4], r[::-1], r[::2])
print(7 in r, 8 in r, 31 in r, r.index(15), r.count(7), r.count(8))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1))
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(-5, 5)), min(range(10, 0, -1)))
big = range(0, 10 ** 18, 7)
print(len(big), big[10 ** 15], 7 * 10 ** 10 in big, 7 * 10 ** 10 + 1 in big)
neg = range(-1, -10, -2)
print(list(neg), len(neg), neg[-1], -9 in neg, -8 in neg)
print(repr(range(1, 5)), repr(range(0, 10, 3)), str(range(5)), bool(range(0)), bool(range(2)))
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i * i
print("even squares", total)
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print(list(enumerate(range(10, 13))), list(zip(range(3), range(10, 20))))
print(r.start, r.stop, r.step, range(5).step, list(range(-3, 3))[::-1])
print(hash(range(3)) == hash(range(0, 3)), range(2, 2) == range(9, 1), list(range(10)[2:8:3]))
