# .real and .imag of complex arrays are views; of real arrays, imag is zeros.
import numpy as np

z = np.array([1 + 2j, 3 - 4j, -5j])
print(repr(z.real), repr(z.imag))
print(z.real.strides, z.real.dtype, z.imag.dtype)
z.real[0] = 10
z.imag[1] = 0.5
print(repr(z))
f = np.array([1.5, -2.0])
print(repr(f.real), repr(f.imag))
print(f.real is f or np.array_equal(f.real, f))
i = np.array([1, 2, 3])
print(repr(i.imag))
m = np.arange(4).reshape(2, 2) * (1 - 1j)
print(repr(m.real))
print(repr(m.imag.T))
print(np.abs(np.array([3 + 4j, -6 - 8j])))
