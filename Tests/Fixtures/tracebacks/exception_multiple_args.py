raise ValueError(1, "two", None)
