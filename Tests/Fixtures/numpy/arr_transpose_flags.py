# .T and transpose give views with swapped strides; flags tell C from Fortran order.
import numpy as np

a = np.arange(6.0).reshape(2, 3)
t = a.T
print(repr(t))
print(a.strides, t.strides)
print(a.flags["C_CONTIGUOUS"], a.flags["F_CONTIGUOUS"])
print(t.flags["C_CONTIGUOUS"], t.flags["F_CONTIGUOUS"])
print(t.flags.c_contiguous, t.flags.f_contiguous)
s = a[:, ::2]
print(s.flags.c_contiguous, s.flags.f_contiguous)
v = np.arange(4.0)
print(v.flags.c_contiguous, v.flags.f_contiguous, v.T.shape)
t[0, 1] = 100
print(a)
c = t.copy()
print(c.flags.c_contiguous, c.strides)
print(np.transpose(a).shape, a.transpose().shape)
x = np.arange(24).reshape(2, 3, 4)
print(x.T.shape, x.T.strides, x.transpose(1, 0, 2).shape)
print(np.zeros((3, 1)).flags.f_contiguous)
