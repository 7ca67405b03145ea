def neg(x):
    return -x

print(neg(3), neg("three"))
