# time module: time(), perf_counter(), sleep(); only relations between readings are printed.
import time
t0 = time.time()
p0 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__, t0 > 1_600_000_000)
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print("wall clock advanced:", t1 >= t0, "perf advanced:", p1 - p0 >= 0.005)
time.sleep(0)
def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
start = time.perf_counter()
result = work(20000)
elapsed = time.perf_counter() - start
print("result", result, "elapsed non-negative", elapsed >= 0, "under a minute", elapsed < 60)
marks = []
for i in range(3):
    marks.append(time.perf_counter())
    time.sleep(0.001)
print("monotonic marks", all(b > a for a, b in zip(marks, marks[1:])), len(marks))
deadline = time.perf_counter() + 0.02
spins = 0
while time.perf_counter() < deadline:
    spins += 1
    time.sleep(0.002)
print("spun at least once", spins >= 1)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print("time fits in int:", isinstance(int(time.time()), int), int(time.time()) // 10 ** 9 >= 1)
