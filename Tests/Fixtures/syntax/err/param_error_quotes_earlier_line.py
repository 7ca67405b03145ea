def f(
    a=1,
    b,
    c=2,
):
    pass
