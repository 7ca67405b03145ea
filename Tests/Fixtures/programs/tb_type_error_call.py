# full-stderr
# TypeError for wrong call arguments raised by CPython's argument binding.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def make_user(name, email, *, admin=False):
    return {"name": name, "email": email, "admin": admin}


users = [
    make_user("ann", "ann@example.org"),
    make_user("bob", "bob@example.org", admin=True),
]
for u in users:
    print(u)


def register(record):
    return make_user(record[0], record[1], record[2])


print(register(("cyd", "cyd@example.org", True)))
