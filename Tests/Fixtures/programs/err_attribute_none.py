# Uncaught AttributeError: calling a str method on a None returned by a failed search.
import sys
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
records = ["ann@example.org", "bob-at-example.org", "cyd@example.net"]


def domain(address):
    at = address.find("@")
    if at < 0:
        return None
    return address[at + 1:]


for r in records[:1]:
    print(r, "->", domain(r).upper())
domains = [domain(r) for r in records]
print(domains)
print(sorted(d for d in domains if d))
for r in records:
    print(domain(r).split(".")[0])
