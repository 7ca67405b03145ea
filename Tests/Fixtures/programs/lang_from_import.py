# from x import a, b: names bound directly, aliasing, rebinding doesn't affect module.
from m_geometry import PI, circle_area, Polygon
from m_textutil import slug as make_slug, count_vowels
from m_counter import bump, count
from math import sqrt, floor, ceil
import m_counter

print(PI, circle_area(3), Polygon(1, 2))
print(make_slug("From Import Works"), count_vowels("AEIOU and sometimes y"))
print(sqrt(2), floor(-2.5), ceil(-2.5))
print(bump(), bump(), count, m_counter.count)
PI = 3
import m_geometry
print(PI, m_geometry.PI, "circle_area" in dir(), "rect_area" in dir())
from m_geometry import *
print(rect_area(2, 5), UNIT, "_private" in dir())
from m_textutil import *
print(slug("star import respects all"), "shout" in dir())
try:
    from m_geometry import does_not_exist
except ImportError as e:
    print("ImportError:", e)
try:
    import m_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
from sys import argv, maxsize
print(len(argv), argv[0].endswith("lang_from_import.py"), maxsize == 2 ** 63 - 1)
