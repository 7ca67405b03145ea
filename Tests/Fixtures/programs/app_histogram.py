# Histograms and summary statistics for grades: median, mode, quartiles, horizontal bars.
scores = [72, 85, 90, 66, 85, 78, 93, 58, 85, 71, 88, 94, 62, 77, 85, 90, 81, 69, 75, 99]

def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def quartiles(xs):
    s = sorted(xs)
    half = len(s) // 2
    return median(s[:half]), median(s), median(s[-half:])

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return sorted(k for k, v in counts.items() if v == best), best

mean = sum(scores) / len(scores)
var = sum((x - mean) ** 2 for x in scores) / len(scores)
print(f"n={len(scores)} mean={mean:.2f} sd={var ** 0.5:.3f} median={median(scores)}")
print("quartiles", quartiles(scores), "mode", mode(scores), "range", max(scores) - min(scores))
bands = {"A": 90, "B": 80, "C": 70, "D": 60, "F": 0}
grades = {}
for s in scores:
    letter = next(k for k, lo in bands.items() if s >= lo)
    grades[letter] = grades.get(letter, 0) + 1
for letter in bands:
    n = grades.get(letter, 0)
    print(f"{letter} {'█' * n:<8} {n:2d} {n / len(scores):6.1%}")
bins = [0] * 5
for s in scores:
    bins[min((s - 50) // 10, 4)] += 1
for i, n in enumerate(bins):
    lo = 50 + i * 10
    print(f"{lo:3d}-{lo + 9:<3d} | {'*' * n}")
z = [round((s - mean) / var ** 0.5, 2) for s in scores[:6]]
print(z)
