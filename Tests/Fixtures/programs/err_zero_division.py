# Uncaught ZeroDivisionError after computing a table of ratios.
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
