# starts with a byte-order mark
x = 1
print(x)
