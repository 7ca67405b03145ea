# full-stderr
# UnboundLocalError: a name assigned later in the function shadows the global.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

counter = 0


def increment_all(values):
    result = []
    for v in values:
        result.append(v + 1)
    return result


def count_calls():
    counter += 1
    return counter


print(increment_all([1, 2, 3]))
print("calls:", count_calls())
