# complex128 arrays: real and imaginary parts, signs and alignment.
import numpy as np

z = np.array([1 + 2j, 3 - 4j, -0.5j])
print(repr(z))
print(z)
print(z.dtype)

w = np.array([[1j, 2.5 + 0j], [-1 - 1j, 1e-3 + 100j]])
print(repr(w))
print(w)

r = np.array([1, 2, 3], dtype=complex)
print(repr(r))
print(repr(r * 1j))

print(repr(np.array([complex(1, 1) / 3])))
print(repr(np.zeros(2, dtype=np.complex128)))
