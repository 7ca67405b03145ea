a, b = None, 1
(a) // (b)
