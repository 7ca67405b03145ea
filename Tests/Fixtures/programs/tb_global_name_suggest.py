# full-stderr
# NameError suggesting a similarly named global and a builtin.
threshold = 10
readings = [4, 12, 9, 15, 3]


def above(values):
    return [v for v in values if v > threshold]


def summary(values):
    high = above(values)
    return {"count": len(high), "max": max(high)}


print(summary(readings))


def normalized(values):
    peak = max(values)
    return [round(v / peak, 2) for v in values if v > treshold]


print(normalized(readings))
