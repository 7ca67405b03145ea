# sqrt, exp, log and log10 apply element-wise; ints are promoted to float64 first.
import numpy as np

print(np.sqrt(np.array([0, 1, 2, 4, 9])))
print(np.sqrt(np.array([2.0], dtype=np.float32)), repr(np.sqrt(np.float64(2.0))))
print(np.exp(np.array([0.0, 1.0, -1.0, 10.0])))
print(np.log(np.array([1.0, np.e, 10.0, 0.5])))
print(np.log10(np.array([1, 10, 1000, 2])))
print(np.exp(np.log(np.array([3.0, 7.0]))))
print(np.sqrt(np.array([-1 + 0j, 4j])))
print(np.exp(np.array([1j * np.pi])).real)
print(np.log(np.array([np.inf, 1e-300])), np.exp(np.array([710.0 * 0, -np.inf])))
print(repr(np.sqrt(np.arange(3, dtype=np.float32))), np.exp(np.arange(3, dtype=np.float32)).dtype)
m = np.arange(1.0, 5.0).reshape(2, 2)
print(np.sqrt(m) * np.sqrt(m))
print(np.log10(np.float64(1e-5)), np.sqrt(16), type(np.sqrt(16)).__name__)
