import sys
sys.setrecursionlimit(60)

def forever(n):
    return forever(n + 1)

forever(0)
