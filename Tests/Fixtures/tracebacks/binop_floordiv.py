x = 7
y = 0
z = x // y
