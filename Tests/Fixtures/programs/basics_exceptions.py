# try/except/else/finally, raise from, custom exceptions, generators.
class AppError(Exception):
    pass

def risky(n):
    if n < 0:
        raise AppError("negative")
    return 10 // n

for n in (2, 0, -1):
    try:
        r = risky(n)
    except ZeroDivisionError as e:
        print("zero:", e)
    except AppError as e:
        print("app:", e, type(e).__name__)
    else:
        print("ok", r)
    finally:
        print("done", n)

def gen(k):
    for i in range(k):
        yield i * i
    return "end"

print(list(gen(5)), sum(gen(4)))
d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("missing", e)
raise AppError("boom")
