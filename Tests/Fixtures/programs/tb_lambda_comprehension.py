# full-stderr
# Frames for a lambda, a list comprehension and map() in one traceback.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

scale = lambda value, factor: value / factor
rows = [
    {"name": "a", "value": 10, "factor": 2},
    {"name": "b", "value": 9, "factor": 3},
    {"name": "c", "value": 4, "factor": 0},
]


def scaled_values(rows):
    return [scale(r["value"], r["factor"]) for r in rows]


print(scaled_values(rows[:2]))
print(list(map(lambda r: r["name"].upper(), rows)))
print(scaled_values(rows))
