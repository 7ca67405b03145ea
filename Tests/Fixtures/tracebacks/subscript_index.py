def last(items):
    return items[len(items)]

last([1, 2, 3])
