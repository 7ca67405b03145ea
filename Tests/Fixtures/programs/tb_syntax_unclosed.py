# full-stderr
# An unclosed bracket: CPython reports where the bracket was opened.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
WEEKEND = ["sat", "sun"]


def is_weekend(day):
    return day in WEEKEND


schedule = {
    "mon": "gym",
    "wed": "swim",
    "sat": "hike",


for day in WEEKDAYS + WEEKEND:
    print(day, schedule.get(day, "rest"), is_weekend(day))
