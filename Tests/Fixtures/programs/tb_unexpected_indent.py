# full-stderr
# IndentationError: unexpected indent in the middle of module-level code.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

prices = {"tea": 2.5, "coffee": 3.0, "cake": 4.25}


def bill(items):
    total = 0
    for item in items:
        total += prices[item]
    return total


order = ["tea", "cake"]
print("order", order)
    print("total", bill(order))
print("done")
