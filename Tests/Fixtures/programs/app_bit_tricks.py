# Bit manipulation: masks, popcount, gray codes, subsets via bitmasks, and big-int bitsets.
def bits(n, width=8):
    return format(n & ((1 << width) - 1), f"0{width}b")

for n in [0, 1, 5, 170, 255, -1, -128]:
    print(f"{n:5} {bits(n)} popcount={bin(n & 0xFF).count('1')} lowbit={n & -n}")
print([i ^ (i >> 1) for i in range(16)])
print([bits(i ^ (i >> 1), 4) for i in range(8)])
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(len(subsets), subsets[:6], subsets[-1])
weights = [3, 5, 7, 11]
target = 15
hits = [mask for mask in range(1 << 4) if sum(w for i, w in enumerate(weights) if mask & (1 << i)) == target]
print([[weights[i] for i in range(4) if m >> i & 1] for m in hits])
bitset = 0
for p in [2, 3, 5, 7, 11, 13, 97, 1009]:
    bitset |= 1 << p
print(bitset.bit_length(), bin(bitset).count("1"), bitset >> 97 & 1, bitset >> 98 & 1)
members = [i for i in range(bitset.bit_length()) if bitset >> i & 1]
print(members)
x = 0b1011_0110
print(x, x << 3, x >> 2, ~x, x & 0xF, x | 0x100, x ^ 0xFF, -x >> 1, (x << 100) >> 99)
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(v) for v in (1, 2, 3, 128, 0b1011_0000)], bits(reverse_bits(0b0000_1101)))
def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_power_of_two(n)], is_power_of_two(2 ** 200), is_power_of_two(2 ** 200 + 2))
