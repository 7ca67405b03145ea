# Decorators with arguments: factories, retry logic, validation, class method decoration.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def shout(word):
    return word.upper() + "!"

print(shout("hey"))

def retry(attempts, exceptions=(ValueError,)):
    def deco(fn):
        def wrapper(*args):
            for i in range(1, attempts + 1):
                try:
                    return fn(*args)
                except exceptions as e:
                    print(f"  attempt {i} failed: {e}")
            return "gave up"
        return wrapper
    return deco

state = {"n": 0}

@retry(4)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return f"ok after {state['n']}"

print(flaky())

@retry(2, exceptions=(KeyError, ZeroDivisionError))
def always_fails():
    return 1 / 0

print(always_fails())

def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    return f"{k} must be {t.__name__}"
            return fn(**kwargs)
        return wrapper
    return deco

@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"

print(person(name="Ann", age=30), person(name="Bob", age="x"), person(name=1, age=2))

def tag(name, **attrs):
    def deco(fn):
        def wrapper(*a):
            at = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{at}>{fn(*a)}</{name}>"
        return wrapper
    return deco

class Page:
    def __init__(self, title):
        self.title = title
    @tag("h1", cls="big")
    @tag("span")
    def heading(self):
        return self.title

print(Page("Welcome").heading())
prefix = lambda p: (lambda fn: (lambda *a: p + fn(*a)))

@prefix(">> ")
def msg(s):
    return s

print(msg("decorated by a lambda factory"))
