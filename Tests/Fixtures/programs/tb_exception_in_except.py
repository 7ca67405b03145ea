# full-stderr
# An error inside an except block while formatting the message, chained to the original.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError as exc:
        message = "cannot divide " + a + " by zero"
        print(message)
        return None


print(safe_ratio(10, 4))
print(safe_ratio(3, 0))
