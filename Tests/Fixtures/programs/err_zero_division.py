# Uncaught ZeroDivisionError after computing a table of ratios.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
def ratios(pairs):
    out = []
    for num, den in pairs:
        out.append(num / den)
    return out


pairs = [(1, 2), (3, 4), (10, 5), (7, 7)]
for value in ratios(pairs):
    print(f"{value:.3f}")
percent = [round(r * 100) for r in ratios(pairs)]
print(percent, sum(percent))
mods = [n % d for n, d in pairs]
print(mods)
stats = {"total": sum(n for n, _ in pairs), "count": 0}
print(stats)
print("mean:", stats["total"] // stats["count"])
