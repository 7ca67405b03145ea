[x * 2 for x in range(10) if x % 3] + list(map(lambda v: v ** 2, data))
