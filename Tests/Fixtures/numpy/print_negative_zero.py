# Negative zero keeps its sign in arrays: -0. next to 0.
import numpy as np

a = np.array([0.0, -0.0, 1.0])
print(repr(a))
print(a)

b = -np.zeros(3)
print(repr(b))

c = np.round(np.array([-0.4, 0.4, -1.6]))
print(repr(c))
print(c)

d = np.ceil(np.array([-0.5, -0.2, 0.2]))
print(repr(d))

e = np.array([[0.0, -0.0], [-0.0, 0.0]])
print(repr(e))
print(repr(np.array([-0.0, 2.5])))
print(repr(np.array([-0.0])), np.float64(-0.0), repr(np.float64(-0.0)))
print(repr(np.array([-0.0, 1e-9])))
print(-0.0 == np.float64(0.0), np.sign(-0.0))
