squares = [x * x for x in range(10)]
evens = [x for x in range(100) if x % 2 == 0 if x % 3]
pairs = [(a, b) for a in range(3) for b in range(a)]
unique = {c.lower() for c in text if c.isalpha()}
lookup = {k: v for k, v in items if v is not None}
nested = [[row[i] for row in matrix] for i in range(4)]
total = sum(x for x in values)
gen = (y for y in data if y)
firsts = [first for first, *_ in rows]
flat = [item for sub in lists for item in sub]
walrus = [y for x in data if (y := f(x)) is not None]
cond = [a if a else b for a, b in zip(left, right)]
tuple_target = {k: (v1, v2) for k, (v1, v2) in mapping.items()}
lambdas = [lambda: i for i in range(3)]
dict_of_gen = dict((k, v) for k, v in pairs)
any(x > 0 for x in xs)
sorted(names, key=lambda n: n.lower())
