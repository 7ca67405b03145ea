# full-stderr
# A bare raise re-raises after logging; finally blocks print on the way out.
log = []


def risky(n):
    try:
        log.append(f"start {n}")
        return 100 // (n - 3)
    finally:
        log.append(f"end {n}")


def batch(numbers):
    results = []
    for n in numbers:
        try:
            results.append(risky(n))
        except ZeroDivisionError:
            print("logging failure for", n)
            print("log so far:", log)
            raise
        finally:
            print("processed", n)
    return results


print(batch([1, 2]))
print(batch([4, 3, 5]))
