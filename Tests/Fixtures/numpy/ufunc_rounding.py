# floor, ceil and round (half to even, with decimals=), abs/absolute and sign.
import numpy as np

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675])
print(np.floor(x))
print(np.ceil(x))
print(np.round(x))
print(np.round(x, 1), np.round(np.array([1234.5678]), -2), np.round(np.array([0.125, 0.135]), 2))
print(np.abs(x), np.absolute(np.array([-3, 0, 3])), abs(np.array([-1.5])))
print(np.sign(np.array([-5.0, 0.0, 3.0, -0.0, np.nan])), np.sign(np.array([-7, 0, 7])))
print(repr(np.floor(np.array([1, 2]))), repr(np.round(np.array([15, 25]), -1)))
print(repr(np.abs(np.array([-128, 127], dtype=np.int8))))
print(repr(np.round(np.float64(2.5))), round(np.float64(2.567), 2), repr(round(np.float64(3.5))))
print(np.abs(np.array([3 + 4j])), np.ceil(np.array([-0.1])), np.round(np.array([-0.4])))
print(repr(x.round(2)))
