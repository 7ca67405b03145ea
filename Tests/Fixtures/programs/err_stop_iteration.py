# Uncaught StopIteration from calling next() on an exhausted iterator at module level.
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
