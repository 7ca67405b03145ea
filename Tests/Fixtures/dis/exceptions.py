# try/except/else/finally, with, raise, assert.


def simple_try(f):
    try:
        f()
    except ValueError:
        return "value"
    return "ok"


def named_handler(f):
    try:
        return f()
    except (KeyError, IndexError) as e:
        print(e)
        return None


def try_else_finally(f, log):
    try:
        x = f()
    except Exception as exc:
        log(exc)
        x = None
    else:
        log("no error")
    finally:
        log("done")
    return x


def bare_except(f):
    try:
        f()
    except:
        pass


def multiple_handlers(f):
    try:
        f()
    except ValueError:
        return 1
    except TypeError as t:
        return t
    except Exception:
        raise
    return 0


def try_finally_return(f):
    try:
        return f()
    finally:
        print("cleanup")


def nested_try(f, g):
    try:
        try:
            f()
        except KeyError:
            g()
    except Exception as outer:
        raise RuntimeError("failed") from outer


def finally_in_loop(items):
    for item in items:
        try:
            if item is None:
                break
            if item < 0:
                continue
            print(item)
        finally:
            print("next")


def handler_in_loop(items):
    total = 0
    for item in items:
        try:
            total += int(item)
        except ValueError:
            continue
    return total


def raise_forms(x):
    if x == 1:
        raise ValueError
    if x == 2:
        raise ValueError("bad value")
    if x == 3:
        raise TypeError("bad type") from None
    raise


def with_statement(path):
    with open(path) as f:
        data = f.read()
    return data


def with_multiple(a, b):
    with a as x, b as y:
        print(x, y)


def with_no_target(lock, f):
    with lock:
        return f()


def with_in_try(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def asserts(x, y):
    assert x
    assert x > 0, "x must be positive"
    assert isinstance(y, int), f"bad {y}"
    return x


def return_in_finally_handler(f):
    try:
        f()
    except Exception as e:
        return str(e)
    finally:
        print("always")
