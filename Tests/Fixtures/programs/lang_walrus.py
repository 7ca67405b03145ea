# Assignment expressions (walrus) in conditions, comprehensions and while loops.
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")

total = 0
i = 0
while (chunk := data[i:i + 2]):
    total += sum(chunk)
    print("chunk", chunk, "running", total)
    i += 2

def slow_square(x):
    print("  computing", x)
    return x * x

results = [y for x in range(6) if (y := slow_square(x)) % 2 == 0]
print(results, "last y:", y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print((z := 10) + z, z)
words = ["apple", "kiwi", "banana", "fig", "cherry"]
print([(w, ln) for w in words if (ln := len(w)) > 4])
print(any((hit := w).startswith("b") for w in words), hit)
print(all((last := w) != "fig" for w in words), last)

def first_long(ws, limit):
    for w in ws:
        if (size := len(w)) >= limit:
            return w, size
    return None

print(first_long(words, 6), first_long(words, 10))
counts = {}
for ch in "mississippi":
    counts[ch] = (c := counts.get(ch, 0)) + 1
print(counts, c)
print([last_sum := 0] and [last_sum := last_sum + v for v in range(5)], last_sum)
