def simple():
    pass


def with_args(a, b, c=3, *args, d, e=5, **kwargs):
    return a + b + c + d + e


def posonly(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


def only_defaults(a=1, b=2, /, c=3):
    return a


def star_only(*, key):
    return key


def varargs_only(*args):
    return args


def kwargs_only(**kwargs):
    return kwargs


def annotated(x: int, y: "str" = "s", *rest: float, flag: bool = False, **extra: dict) -> list:
    return [x, y, rest, flag, extra]


def slash_then_star(a, /, *, b):
    return a, b


def nested():
    def inner(x):
        def innermost():
            nonlocal x
            x += 1
            return x
        return innermost
    return inner
