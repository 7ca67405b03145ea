# Uncaught TypeError: a name rebound to a non-callable and then called.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
def total(values):
    return sum(values)


scores = [3, 5, 8]
print(total(scores))
handlers = {"sum": total, "max": max, "len": len}
for name, fn in handlers.items():
    print(name, fn(scores))
total = total(scores)
print("total is now", total)
print(callable(total), type(total).__name__)
print(total([1, 2]))
