# Keyword-only parameters (after * and after *args), with and without defaults.
def connect(host, port=80, *, timeout=5.0, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} (timeout={timeout})"

print(connect("a.com"))
print(connect("b.com", 443, secure=True))
print(connect("c.com", timeout=1.5))
try:
    connect("d.com", 8080, 3.0)
except TypeError as e:
    print("TypeError:", e)

def required_kw(*, name, age):
    return f"{name} is {age}"

print(required_kw(age=3, name="Rex"))
try:
    required_kw(name="Solo")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw("x", "y")
except TypeError as e:
    print("TypeError:", e)

def log(*messages, level="INFO", sep=" | "):
    return f"[{level}] " + sep.join(str(m) for m in messages)

print(log("start", 1, 2.5))
print(log("disk low", level="WARN"))
print(log("a", "b", sep="/", level="DEBUG"))

def mixed(a, b=2, *rest, flag, opt=None, **extra):
    return a, b, rest, flag, opt, sorted(extra.items())

print(mixed(1, flag=True))
print(mixed(1, 3, 5, 7, flag=False, opt="o", z=26, y=25))
print(mixed.__kwdefaults__, connect.__kwdefaults__, required_kw.__kwdefaults__)

def sort_by(items, *, key=None, reverse=False):
    return sorted(items, key=key, reverse=reverse)

print(sort_by(["bb", "a", "ccc"], key=len), sort_by([3, 1, 2], reverse=True))
try:
    mixed(1, 2, flag=1, a=5)
except TypeError as e:
    print("TypeError:", e)
