# Summaries in 2-D and 3-D: rows and columns are both cut to three at each end.
import numpy as np

m = np.arange(2000).reshape(40, 50)
print(repr(m))
print(m)

f = np.arange(1100, dtype=np.float64).reshape(11, 100) / 8
print(repr(f))

tall = np.arange(1500).reshape(1500, 1)
print(repr(tall))

cube = np.arange(1008).reshape(7, 8, 18)
print(cube)

small_rows = np.arange(1010).reshape(2, 505)
print(repr(small_rows))
