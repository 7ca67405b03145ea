# NumPy scalars: repr names the type (NumPy 2 style), str is the plain number.
import numpy as np

a = np.array([1.5, 2.0, 1e-7, 1e16])
x = a[0]
print(repr(x), str(x), x)
print(repr(a[1]), a[1])
print(repr(a[2]), a[2])
print(repr(a[3]), a[3])

i = np.arange(5)[3]
print(repr(i), i, type(i).__name__)

print(repr(np.int32(7)), repr(np.int8(-3)), repr(np.uint8(200)))
print(repr(np.float32(2.5)), np.float32(1 / 3), repr(np.float32(1 / 3)))
print(repr(np.bool_(True)), np.bool_(False), repr(np.array([1, 2])[0] > 0))
print(repr(np.complex128(1 + 2j)), np.complex128(1 - 0.5j))
print(repr(np.float64(0.1) + np.float64(0.2)))
print([np.float64(1.0), np.int64(2)])
print((np.float64(2.5),), {"k": np.int64(9)})
print(repr(np.float64(123456789012345678.0)), np.float64(1e-5))
print(f"{np.float64(2.0) / 3:.4f} {np.int64(42):5d} {np.float64(1.25)}")
