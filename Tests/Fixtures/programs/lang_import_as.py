# import x as y: aliases for local modules and stdlib modules; alias identity.
import m_geometry as geo
import m_textutil as tu
import math as m
import sys as system
import m_counter as ctr

print(geo.circle_area(1.5), geo.Polygon(2, 2).perimeter(), geo.__name__)
print(tu.slug("Import As Alias"), tu.shout("hey", 2), tu.count_vowels("queueing"))
print(m.sqrt(144), m.pi == geo.PI, system.maxsize > 2 ** 31)
print("geo" in dir(), "m_geometry" in dir(), "m_geometry" in system.modules)
import m_geometry
print(m_geometry is geo, tu.m_geometry is geo)
for r in range(1, 4):
    print(f"r={r} area={geo.circle_area(r):.3f} label={tu.area_label(r)}")
ctr.bump(2)
import m_counter as again
print(again.count, again is ctr, again.history)
from m_counter import bump as inc
print(inc(), inc(3), ctr.count)
