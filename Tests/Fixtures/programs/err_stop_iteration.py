# Uncaught StopIteration from calling next() on an exhausted iterator at module level.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
tasks = iter(["wash", "dry", "fold"])
print("first:", next(tasks))
remaining = list(tasks)
print("remaining:", remaining)
queue = iter(range(3))
while True:
    item = next(queue, None)
    if item is None:
        break
    print("item", item)
print("queue drained")
more = iter([])
print(next(more, "default works"))
print(next(tasks))
