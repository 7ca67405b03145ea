"""String building and formatting: f-strings with format specs, % formatting, str.format,
join, += concatenation in a loop, and a few common str methods."""
import time


def build(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:06d}:{i * 0.25:9.3f}|{i:x}")
        parts.append("%-6s=%5d" % ("k" + str(i % 97), i % 1000))
        parts.append("{0}/{1:>4}".format(i % 13, "ab" * (i % 3)))
    return ",".join(parts)


def concatenate(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 40 == 39:
            s += "\n"
    return s


def transform(text):
    lines = text.split("\n")
    out = []
    for line in lines:
        out.append(line.upper().replace("E", "3").strip())
    return "\n".join(out)


start = time.perf_counter()
built = build(40_000)
joined = transform(concatenate(200_000))
elapsed = time.perf_counter() - start

print(len(built), built.count("7"), built[:48], built[-48:])
print(len(joined), joined.count("3"), joined[:30], joined.startswith("ABCD"))
print(f"time: {elapsed:.6f}")
