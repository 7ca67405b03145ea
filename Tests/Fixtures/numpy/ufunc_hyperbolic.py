# sinh, cosh and tanh; tanh saturates at +/-1 for large inputs.
import numpy as np

x = np.linspace(-2, 2, 5)
print(np.sinh(x))
print(np.cosh(x))
print(np.tanh(x))
print(np.tanh(np.array([-50.0, 50.0, 0.0])), np.cosh(0.0))
print(np.cosh(x) ** 2 - np.sinh(x) ** 2)
print(np.allclose(np.tanh(x), np.sinh(x) / np.cosh(x)))
print(np.sinh(np.array([1], dtype=np.float32)), np.cosh(np.array([1j])))
