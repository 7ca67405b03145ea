a, b, c = 1, 2, 0
value = (a + b) / (c * 2)
