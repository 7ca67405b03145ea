# full-stderr
# A syntax error near the end of the file: nothing runs, CPython prints file, line, caret.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def mean(values):
    return sum(values) / len(values)


def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)


data = [2, 4, 4, 4, 5, 5, 7, 9]
print("mean", mean(data))
print("variance", variance(data))

for value in data:
    if value > 4
        print("big", value)
