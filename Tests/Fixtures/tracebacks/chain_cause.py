def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError("missing setting") from e

load({}, 42)
