# @staticmethod and @classmethod: alternative constructors, subclass awareness, counters.
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @staticmethod
    def days_in(y, m):
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        return 30 if m in (4, 6, 9, 11) else 31
    def day_of_year(self):
        return sum(self.days_in(self.y, mm) for mm in range(1, self.m)) + self.d
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class Holiday(Date):
    created = 0
    @classmethod
    def christmas(cls, y):
        return cls(y, 12, 25)

d = Date.from_string("2024-03-01")
print(d, d.day_of_year(), Date.epoch(), Date.is_leap(2024), d.is_leap(1900))
h = Holiday.from_string("2023-07-04")
print(h, type(h).__name__, Holiday.christmas(2024), Holiday.christmas(2024).day_of_year())
print(Date.created, Holiday.created)
print([Date.days_in(2023, m) for m in range(1, 13)], sum(Date.days_in(2000, m) for m in range(1, 13)))
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["epoch"]).__name__)
print(Date.is_leap is d.is_leap, Date.epoch.__self__ is Date, Holiday.epoch.__self__ is Holiday)

class Registry:
    items = []
    @classmethod
    def add(cls, item):
        cls.items.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls.items)
    @staticmethod
    def describe():
        return "a registry"

Registry.add("a").add("b").add("c")
print(Registry.count(), Registry.items, Registry.describe(), Registry().describe())

class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @classmethod
    def from_celsius(cls, c):
        return cls(c + 273.15)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

print(Temperature.from_celsius(25).kelvin, Temperature.c_to_f(100), Temperature(0).c_to_f(-40))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Dyn:
    size = sm
    name = cm
print(Dyn.size("abc"), Dyn.name(), Dyn().name())
