# Uncaught TypeError: concatenating str and int while building a report line.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
items = [("apples", 3), ("pears", 0), ("kiwis", 12)]
lines = []
for name, qty in items:
    lines.append(f"{name}: {qty}")
print("\n".join(lines))
header = "Total items: " + str(sum(q for _, q in items))
print(header)
width = max(len(n) for n, _ in items)
for name, qty in items:
    print(name.ljust(width), "#" * qty)
summary = "Most: " + max(items, key=lambda p: p[1])[0]
print(summary)
print("Count: " + len(items))
