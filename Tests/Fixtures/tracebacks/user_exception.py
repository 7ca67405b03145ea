class MyError(Exception):
    pass

def check(v):
    if v < 0:
        raise MyError("negative: -1")

check(-1)
