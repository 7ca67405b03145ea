# full-stderr
# Unbounded recursion: CPython prints repeated frames collapsed and RecursionError.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

def depth_of(node):
    if node is None:
        return 0
    return 1 + depth_of(node.get("next"))


chain = None
for i in range(5):
    chain = {"value": i, "next": chain}
print("depth", depth_of(chain))
cyclic = {"value": "a"}
cyclic["next"] = {"value": "b", "next": cyclic}
print("about to recurse forever")
print("depth", depth_of(cyclic))
