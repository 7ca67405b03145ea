def ping(n):
    return pong(n - 1)

def pong(n):
    if n <= 0:
        raise LookupError("done")
    return ping(n)

ping(4)
