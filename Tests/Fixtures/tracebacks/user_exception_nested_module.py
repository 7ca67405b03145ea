class Outer:
    class Failure(Exception):
        pass

class Remote(Exception):
    pass

Remote.__module__ = "mylib.net"

try:
    raise Outer.Failure("inner")
except Exception:
    raise Remote("remote")
