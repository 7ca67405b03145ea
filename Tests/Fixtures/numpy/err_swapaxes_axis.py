# swapaxes with an axis the array lacks: the AxisError message names the argument (axis2).
import numpy as np

m = np.arange(6).reshape(2, 3)
print(m.swapaxes(0, 1))
print(m.swapaxes(-1, -2).shape)
print(m.swapaxes(0, 3))
