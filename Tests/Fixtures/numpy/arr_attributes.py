# The attributes that describe an array's memory: shape, ndim, size, dtype, itemsize, nbytes, strides.
import numpy as np

for a in [np.zeros(5), np.ones((3, 4), dtype=np.int32), np.arange(24, dtype=np.int8).reshape(2, 3, 4),
          np.array(7.0), np.eye(2, dtype=complex), np.zeros((0, 3), dtype=bool)]:
    print(a.shape, a.ndim, a.size, a.dtype, a.itemsize, a.nbytes, a.strides)

m = np.arange(12.0).reshape(3, 4)
print(m.strides, m[:, ::2].strides, m[::-1].strides, m.T.strides)
print(m[1].shape, m[1:2].shape, m[:, 1].shape, m[:, 1:2].shape)
print(type(m.shape), type(m.strides), m.dtype.name)
print(repr(m.dtype), m.dtype == np.float64, m.dtype == "float64")
print(len(m), m.shape[0], m.shape[1])
