# full-stderr
# Explicit chaining with raise ... from ...: "The above exception was the direct cause...".

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

class ValidationError(Exception):
    pass


def parse_age(text):
    try:
        age = int(text)
    except ValueError as exc:
        raise ValidationError(f"age must be a number, got {text!r}") from exc
    if age < 0:
        raise ValidationError("age must be non-negative")
    return age


records = ["31", "0", "forty"]
for r in records:
    print("parsed", parse_age(r))
