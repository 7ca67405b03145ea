# Wide 2-D rows wrap too, each row continuing on the next lines.
import numpy as np

wide = np.arange(30).reshape(2, 15) * 1000
print(repr(wide))
print(wide)

fl = np.arange(24).reshape(2, 12) / 9
print(repr(fl))
print(fl)

x = np.linspace(-1, 1, 16).reshape(2, 8)
print(repr(x))
print(x)

b = np.arange(40).reshape(2, 20) % 3 == 1
print(repr(b))
