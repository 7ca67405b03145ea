def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    y = yield 5
    z = yield from range(3)
    result = (yield)
    w = yield a, b
    print((yield))
    await_like = [(yield) for _ in ()]
    yield *items, last
    return value


def coroutine():
    while True:
        item = (yield)
        if item is None:
            return
