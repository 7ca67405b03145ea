"""Sum of squares over a list of 1e6 floats: a tight float loop over a list iterator."""
import time


def make_floats(n):
    # A fixed LCG instead of `random`, so the data is identical under every interpreter.
    state = 12345
    values = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(state / 2147483648.0)
    return values


def sum_squared(values):
    total = 0.0
    for x in values:
        total += x * x
    return total


values = make_floats(1_000_000)

start = time.perf_counter()
total = sum_squared(values)
elapsed = time.perf_counter() - start

print("sum of squares =", repr(total))
print(f"time: {elapsed:.6f}")
