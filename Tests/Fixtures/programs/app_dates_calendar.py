# Calendar arithmetic without modules: day of week (Zeller), month grids, day differences.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]

def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days

def month_grid(y, m):
    print(f"{MONTHS[m - 1]} {y}".center(20))
    print(" ".join(DAYS))
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        print(" ".join(cells[i:i + 7]))

month_grid(2024, 2)
month_grid(2023, 10)
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1)]:
    print(date, DAYS[weekday(*date)])
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
print([y for y in range(1890, 1920) if is_leap(y)], sum(days_in_month(2023, m) for m in range(1, 13)))
