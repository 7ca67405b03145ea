def inner(n):
    return 10 // n

def middle(n):
    return inner(n - 1) + 1

def outer():
    return middle(1)

outer()
