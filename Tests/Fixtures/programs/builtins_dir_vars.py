# dir and vars: instance and class namespaces, module globals, filtering dunders.
class Widget:
    kind = "widget"
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    @property
    def ratio(self):
        return self.w / self.h

wd = Widget(4, 2)
print(vars(wd))
wd.color = "red"
print(vars(wd), wd.__dict__ is vars(wd))
public = [n for n in dir(wd) if not n.startswith("_")]
print(public)
print([n for n in dir(Widget) if not n.startswith("_")], "color" in dir(Widget))
print(sorted(k for k in vars(Widget) if not k.startswith("__")))
vars(wd)["h"] = 10
print(wd.area(), wd.ratio)

class Sub(Widget):
    extra = True
print([n for n in dir(Sub) if not n.startswith("_")], "kind" in vars(Sub), "extra" in vars(Sub))
def local_scope(a, b=2):
    c = a + b
    return sorted(dir()), sorted(vars().items()) if False else sorted(locals())
print(local_scope(1))
top_level = 123
g = vars()
print("top_level" in g, g["top_level"], g is globals(), "__name__" in dir())
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:12])
print([n for n in dir({}) if not n.startswith("_")])
import m_counter
print([n for n in dir(m_counter) if not n.startswith("_")], sorted(k for k in vars(m_counter) if not k.startswith("_")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print("area" in dir(wd), "w" in dir(wd), "__init__" in dir(wd), "__class__" in dir(wd))
