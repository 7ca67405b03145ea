try:
    raise OSError("first")
except OSError as first:
    try:
        raise ValueError("second")
    except ValueError:
        raise RuntimeError("third") from first
