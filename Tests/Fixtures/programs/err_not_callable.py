# Uncaught TypeError: a name rebound to a non-callable and then called.
def total(values):
    return sum(values)


scores = [3, 5, 8]
print(total(scores))
handlers = {"sum": total, "max": max, "len": len}
for name, fn in handlers.items():
    print(name, fn(scores))
total = total(scores)
print("total is now", total)
print(total([1, 2]))
