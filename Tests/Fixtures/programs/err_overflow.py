# Uncaught OverflowError: float exponentiation that exceeds the double range.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
growth = 1.5
value = 1.0
history = []
for year in range(10):
    value *= growth
    history.append(round(value, 2))
print(history)
print(sum(history) > 100, max(history), len(history))
print(2 ** 1000 > 10 ** 300, float(2 ** 1000) > 1e300)
big = 10.0 ** 300
print(big, big * 10, big * 1e10)
print(2.0 ** 1000)
print(2.0 ** 10000)
