# @property with setter and deleter, computed attributes, validation, read-only errors.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 6))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
    @property
    def diameter(self):
        return 2 * self.r

c = Circle(2)
print(c.area, c.diameter)
c.r = 10
print(c.area, c.diameter)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)

class Profile:
    def __init__(self, name):
        self._name = name
        self.log = []
    def _get(self):
        self.log.append("get")
        return self._name
    def _set(self, v):
        self.log.append(f"set {v}")
        self._name = v.title()
    def _del(self):
        self.log.append("del")
        del self._name
    name = property(_get, _set, _del, "the display name")

p = Profile("ann")
print(p.name)
p.name = "bob smith"
print(p.name)
del p.name
print(hasattr(p, "_name"), p.log, Profile.name.__doc__)
print(type(Profile.name).__name__, isinstance(Circle.area, property))

class Lazy:
    def __init__(self):
        self._cache = None
        self.computed = 0
    @property
    def value(self):
        if self._cache is None:
            self.computed += 1
            self._cache = sum(range(1000))
        return self._cache

lz = Lazy()
print(lz.value, lz.value, lz.computed)
