"""Module docstring."""
import os
import os.path
import collections.abc as cabc
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg.mod import thing
from math import *

x: int = 1
y: list
CONSTANT = 3.14
names = [n.upper() for n in ("a", "b")]

for i in range(3):
    x += i

if x > 2:
    label = "big"
else:
    label = "small"

while x > 0:
    x -= 1

try:
    value = int("3")
except ValueError:
    value = 0

with open(__file__) as fh:
    first = fh.readline()

del first
print(f"{label}: {value}")
total = sum(i for i in range(10))
data = {k: v for k, v in zip("ab", (1, 2))}


def uses_module_names():
    return os.path.join(label, CONSTANT)
