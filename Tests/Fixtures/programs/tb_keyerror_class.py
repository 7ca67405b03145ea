# full-stderr
# KeyError from a dict subclass whose __getitem__ adds context before re-raising.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

class Registry(dict):
    def __getitem__(self, key):
        try:
            return super().__getitem__(key)
        except KeyError:
            known = ", ".join(sorted(self))
            raise KeyError(f"{key!r} not registered (known: {known})")


handlers = Registry()
handlers["start"] = lambda: "starting"
handlers["stop"] = lambda: "stopping"
for cmd in ("start", "stop", "restart"):
    print(cmd, "->", handlers[cmd]())
