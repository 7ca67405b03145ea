# try/except/else/finally: ordering, return in finally, re-raise, nested handlers.
def attempt(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad value")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for a in ("ok", "raise", "return"):
    print(a, attempt(a))

def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")

print(finally_overrides())

def swallow():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError:
            print("  caught key", i)
            continue
        finally:
            print("  finally", i)
        print("  after try", i)

swallow()

def reraise():
    try:
        int("abc")
    except ValueError:
        print("  logging and re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("outer caught:", e)

def multi(x):
    try:
        return [10, 20][x] / x
    except (IndexError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"
    except TypeError:
        return "type problem"

print(multi(1), multi(5), multi(0), multi("a"))
try:
    try:
        raise RuntimeError("inner")
    finally:
        print("inner finally")
except RuntimeError as e:
    print("caught", e)
e = "still here"
try:
    raise OSError(2, "No such file or directory")
except OSError as e:
    print(e.errno, e.strerror, e)
print("e" in dir())
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  loop finally", count)
print("count", count)
