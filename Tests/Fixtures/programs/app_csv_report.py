# CSV-ish sales data from stdin: parsing, validation, aggregation per region and month.
import sys
header = sys.stdin.readline().strip().split(",")
print("columns:", header)
rows, bad = [], []
for lineno, line in enumerate(sys.stdin, 2):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    fields = line.split(",")
    if len(fields) != len(header):
        bad.append((lineno, "wrong field count"))
        continue
    rec = dict(zip(header, fields))
    try:
        rec["units"] = int(rec["units"])
        rec["price"] = float(rec["price"])
    except ValueError as e:
        bad.append((lineno, str(e)))
        continue
    rows.append(rec)
print(len(rows), "good rows;", len(bad), "bad:", bad)
totals = {}
for r in rows:
    key = (r["region"], r["month"])
    totals[key] = totals.get(key, 0) + r["units"] * r["price"]
regions = sorted({r for r, _ in totals})
months = sorted({m for _, m in totals})
print("region".ljust(8) + "".join(m.rjust(10) for m in months) + "total".rjust(11))
for reg in regions:
    vals = [totals.get((reg, m), 0.0) for m in months]
    print(reg.ljust(8) + "".join(f"{v:10.2f}" for v in vals) + f"{sum(vals):11.2f}")
col = [sum(totals.get((reg, m), 0.0) for reg in regions) for m in months]
print("all".ljust(8) + "".join(f"{v:10.2f}" for v in col) + f"{sum(col):11.2f}")
best = max(totals.items(), key=lambda kv: kv[1])
print("best cell:", best[0], round(best[1], 2))
