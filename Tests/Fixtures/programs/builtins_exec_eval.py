# exec and eval on strings: globals/locals dicts, expressions vs statements, defining functions.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(5)]"), eval("'a' * 3"), eval(" 7 "))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
exec("counter = 0\nfor i in range(5):\n    counter += i")
print(counter)
code = """
class Shape:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Shape({self.n})"
shapes = [Shape(i) for i in range(3)]
"""
env = {}
exec(code, env)
print(env["shapes"])
print(eval("len(shapes)", env), eval("shapes[-1].n + 100", env))
exprs = ["2 ** 10", "sum(range(10))", "max('abc')", "(lambda q: q[::-1])('stressed')", "{1: 'one'}[1]"]
for e in exprs:
    print(f"{e:36} => {eval(e)!r}")
safe = {"__builtins__": {}}
try:
    eval("len('abc')", safe)
except NameError as e:
    print("NameError:", e)
print(eval("n + 1", {"__builtins__": {}, "n": 41}))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("y = undefined_thing")
except NameError as e:
    print("NameError:", e)
loc = {}
exec("z = 3", None, loc)
print(loc, exec("pass"), eval("None"))
calc_env = {"vars_": {}}
for stmt in ["w = 4", "h = 5", "area = w * h"]:
    exec(stmt, calc_env)
print(calc_env["area"], eval("w + h", calc_env))
print(eval("x if x > 5 else -x"), eval("__name__"), eval("(1, 2) + (3,)"))
