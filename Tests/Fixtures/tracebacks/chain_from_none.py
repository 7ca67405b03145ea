try:
    {}[1]
except KeyError:
    raise ValueError("hidden context") from None
