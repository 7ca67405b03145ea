# A plugin registry: callable plugin objects, annotations, delattr/setattr, str.format reports.
from m_geometry import circle_area, rect_area, Polygon
import m_geometry as geo


class Plugin:
    name: str
    calls: int = 0

    def __init__(self, name, fn):
        self.name, self.fn = name, fn

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

    def __repr__(self):
        return "Plugin({!r}, calls={})".format(self.name, self.calls)


class Registry:
    def __init__(self):
        self._plugins = {}

    def __setitem__(self, name, fn):
        self._plugins[name] = Plugin(name, fn)

    def __getitem__(self, name):
        return self._plugins[name]

    def __iter__(self):
        return iter(sorted(self._plugins))

    def __len__(self):
        return len(self._plugins)

    @staticmethod
    def validate(name):
        assert name.isidentifier(), f"bad plugin name {name!r}"
        return name


reg = Registry()
reg["circle"] = circle_area
reg["rect"] = rect_area
reg["poly"] = lambda *s: Polygon(*s).perimeter()
reg["pi_times"] = lambda k: k * geo.PI
for args in [("circle", 2), ("rect", 3, 4), ("poly", 1, 2, 3), ("circle", 0.5), ("pi_times", 2)]:
    plugin = reg[args[0]]
    print("{:<9}{:>12.4f}".format(plugin.name, plugin(*args[1:])))
print(list(reg), len(reg), [reg[n] for n in reg])
setattr(reg["rect"], "note", "rectangles only")
print(reg["rect"].note, hasattr(reg["rect"], "note"))
delattr(reg["rect"], "note")
print(hasattr(reg["rect"], "note"), Plugin.__annotations__, callable(reg["poly"]))
for candidate in ["good_name", "bad-name"]:
    try:
        print("valid:", Registry.validate(candidate))
    except AssertionError as e:
        print("AssertionError:", e)
