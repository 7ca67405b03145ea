# import x: module objects, attributes, module state, cached imports, __name__.
import m_geometry
import m_counter
import m_geometry
import sys

print(m_geometry.PI, m_geometry.UNIT, m_geometry.circle_area(2))
print(m_geometry.rect_area(3, 4), m_geometry.Polygon(3, 4, 5), m_geometry.Polygon(1, 1, 1).perimeter())
print(type(m_geometry).__name__, m_geometry.__name__, __name__, m_geometry.loaded_count)
print(m_geometry.__doc__)
print(sorted(n for n in dir(m_geometry) if not n.startswith("__")))
print("m_geometry" in sys.modules, sys.modules["m_geometry"] is m_geometry)
print(m_counter.bump(), m_counter.bump(5), m_counter.count, m_counter.history)
m_counter.count = 100
print(m_counter.bump(), m_counter.history)
m_geometry.UNIT = "in"
import m_textutil
print(m_textutil.area_label(1), m_textutil.slug("Hello Big   World"), m_textutil.count_vowels("Education"))
print(m_textutil.m_geometry is m_geometry, m_textutil.__all__)
import math, random
print(math.floor(2.7), type(random).__name__)
def use_inside():
    import m_counter
    return m_counter.bump(10)
print(use_inside(), m_counter.count)
print(m_geometry._private, hasattr(m_geometry, "nothing_here"))
