# Cooperative round-robin scheduling of generator-based tasks (no async), with a shared log.
log = []

def worker(name, steps, every=1):
    for i in range(steps):
        log.append(f"{name}:{i}")
        for _ in range(every):
            yield
    return f"{name} finished after {steps} steps"

def producer(queue, items):
    for item in items:
        queue.append(item)
        log.append(f"produce {item}")
        yield

def consumer(queue, expected):
    got = []
    while len(got) < expected:
        if queue:
            got.append(queue.pop(0))
            log.append(f"consume {got[-1]}")
        yield
    return got

def run(tasks):
    results = {}
    ready = list(tasks.items())
    ticks = 0
    while ready:
        name, task = ready.pop(0)
        try:
            next(task)
            ready.append((name, task))
        except StopIteration as stop:
            results[name] = stop.value
        ticks += 1
    return results, ticks

results, ticks = run({"a": worker("a", 3), "b": worker("b", 2, every=2), "c": worker("c", 1)})
print(results, ticks)
print(log)
log.clear()
q = []
results, ticks = run({"prod": producer(q, "xyz"), "cons": consumer(q, 3)})
print(results, ticks, q)
print(log)
