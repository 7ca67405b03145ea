# Uncaught RecursionError from a naive recursive sum over a long list.
import sys
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))


def rsum(values):
    if not values:
        return 0
    return values[0] + rsum(values[1:])


print(rsum(list(range(100))))
print(rsum(list(range(500))))
print(sys.getrecursionlimit())
print(rsum(list(range(5000))))
