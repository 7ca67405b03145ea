a, b = None, 1
print(a+(b), ((a))//b)
