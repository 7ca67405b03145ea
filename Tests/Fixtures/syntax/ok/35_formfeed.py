import os

def f():
    pass

class A:
    x = 1
