if True:
    1 = x
