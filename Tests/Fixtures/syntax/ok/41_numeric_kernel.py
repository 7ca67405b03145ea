import math
import numpy as np


def mandelbrot(width, height, max_iter=100):
    out = np.zeros((height, width), dtype=np.int32)
    for y in range(height):
        ci = -1.5 + 3.0 * y / height
        for x in range(width):
            cr = -2.0 + 3.0 * x / width
            zr = zi = 0.0
            n = 0
            while zr * zr + zi * zi <= 4.0 and n < max_iter:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            out[y, x] = n
    return out


def norm(v):
    return math.sqrt(sum(x ** 2 for x in v))


def axpy(a, x, y):
    for i in range(x.shape[0]):
        y[i] += a * x[i]
    return y


grid = np.arange(16).reshape(4, 4)
diag = grid[np.arange(4), np.arange(4)]
block = grid[1:3, 1:3]
cols = grid[:, ::2]
complexes = [1 + 2j, 3.5j, -1j]
