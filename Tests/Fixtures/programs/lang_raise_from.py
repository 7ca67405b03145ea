# raise ... from ...: __cause__, __context__, __suppress_context__, exception chaining.
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"invalid port {text!r}") from exc

try:
    parse_port("eighty")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

def hide():
    try:
        {}["k"]
    except KeyError:
        raise LookupError("clean message") from None

try:
    hide()
except LookupError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")

try:
    implicit()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def chain_depth(exc):
    depth = 0
    while exc is not None:
        print("  " * depth + f"{type(exc).__name__}: {exc}")
        exc = exc.__cause__ or exc.__context__
        depth += 1
    return depth

def level3():
    raise OSError("disk unavailable")

def level2():
    try:
        level3()
    except OSError as e:
        raise RuntimeError("could not load cache") from e

def level1():
    try:
        level2()
    except RuntimeError as e:
        raise ConfigError("startup failed") from e

try:
    level1()
except ConfigError as e:
    print("depth", chain_depth(e))
err = ValueError("manual")
err.__cause__ = KeyError("set by hand")
try:
    raise err
except ValueError as e:
    print(e, repr(e.__cause__))
try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(e.args, e.__cause__.args, e.with_traceback(None) is e)
