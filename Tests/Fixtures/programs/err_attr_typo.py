# Uncaught AttributeError on a misspelled str method: the last line carries "Did you mean".
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
names = ["  ada lovelace ", "GRACE hopper", "alan   turing"]
cleaned = []
for raw in names:
    parts = raw.split()
    cleaned.append(" ".join(p.capitalize() for p in parts))
print(cleaned)
initials = ["".join(p[0] for p in n.split()) for n in cleaned]
print(initials)
lengths = {n: len(n) for n in cleaned}
print(lengths)
longest = max(cleaned, key=len)
print("longest:", longest.upper(), longest.lower(), longest.swapcase())
print("centered:", longest.center(24, "."))
print("title:", longest.titel())
