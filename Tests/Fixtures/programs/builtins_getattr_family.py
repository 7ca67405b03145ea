# getattr, setattr, hasattr, delattr: defaults, dynamic dispatch, attribute errors.
class Robot:
    species = "bot"
    def __init__(self, name):
        self.name = name
        self.battery = 100
    def cmd_move(self, steps):
        self.battery -= steps
        return f"{self.name} moved {steps}"
    def cmd_beep(self):
        return "beep!"

r = Robot("R2")
print(getattr(r, "name"), getattr(r, "species"), getattr(r, "missing", "n/a"), getattr(Robot, "species"))
print(hasattr(r, "battery"), hasattr(r, "wheels"), hasattr(Robot, "cmd_move"), hasattr(r, "__init__"))
setattr(r, "wheels", 4)
setattr(r, "name", r.name + "-D2")
print(r.wheels, r.name, sorted(vars(r)))
for command, args in [("move", (5,)), ("beep", ()), ("fly", ()), ("move", (20,))]:
    handler = getattr(r, "cmd_" + command, None)
    print(handler(*args) if handler else f"unknown command {command!r}")
print(r.battery)
delattr(r, "wheels")
print(hasattr(r, "wheels"))
try:
    getattr(r, "wheels")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(r, "nonexistent")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, 42)
except TypeError as e:
    print("TypeError:", e)
settings = {"volume": 7, "mode": "eco", "name": "unit-7"}
for k, v in settings.items():
    setattr(r, k, v)
print({k: getattr(r, k) for k in settings}, getattr(r, "volume") * 2)
print(getattr("text", "upper")(), getattr([], "append").__name__, getattr(getattr(r, "name"), "title")())

class Dynamic:
    pass

d = Dynamic()
for attr in ["get_color", "get_size"]:
    setattr(d, attr, lambda attr=attr: f"dynamic {attr[4:]}")
print(d.get_color(), getattr(d, "get_size")(), hasattr(d, "other"), getattr(d, "other", "fallback"))
setattr(Robot, "species", "droid")
print(r.species, Robot("X").species, getattr(Robot, "cmd_beep")(r))
