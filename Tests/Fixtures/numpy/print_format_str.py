# f-strings and str() of arrays use str(); format specs apply to NumPy scalars.
import numpy as np

a = np.array([1.25, 2.5])
print(f"a = {a}")
print(f"a = {a!r}")
print("%s | %r" % (a, a))
m = np.arange(4).reshape(2, 2)
print("matrix:\n" + str(m))
total = a.sum()
print(f"total={total} {total:.3f} {total:8.2f}| {total:e}")
n = np.int64(255)
print(f"{n} {n:x} {n:08b} {n:,}")
print("{} and {}".format(np.float64(0.1), np.float32(0.1)))
print(str(np.float64(1e300) * 10), str(np.float64(-0.0)), str(np.float64(1e16)))
print(len(str(np.arange(100))))
