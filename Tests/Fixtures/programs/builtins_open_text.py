# open() on text files: write, append, read, readline(s), iteration, with, seek-free usage.
import sys
path = "/tmp/jitbook_corpus_builtins_open_text.txt"
with open(path, "w") as f:
    n = f.write("alpha\nbeta\n")
    f.write("gamma delta\n")
    print("first write returned", n)
with open(path, "a") as f:
    print("epsilon", "zeta", sep=",", file=f)
    f.writelines(["eta\n", "theta\n"])
with open(path) as f:
    content = f.read()
print(repr(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    rest = f.readlines()
print(rest)
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(f"{lineno:2}: {line.rstrip()}")
with open(path) as f:
    words = [w for line in f for w in line.replace(",", " ").split()]
print(len(words), sorted(words)[:4])
f = open(path)
print(f.closed, f.read(5), f.read(3))
f.close()
print(f.closed)
with open(path, "w", encoding="utf-8") as f:
    f.write("naïve ✓\n")
with open(path, encoding="utf-8") as f:
    line = f.read()
print(line.strip(), len(line))
try:
    open("/tmp/jitbook_corpus_missing_dir_zz/none.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    with open(path) as f:
        f.write("nope")
except Exception as e:
    print(type(e).__name__, e)
rows = [("id", "qty"), (1, 5), (2, 7), (3, 0)]
with open(path, "w") as f:
    for r in rows:
        f.write(",".join(str(c) for c in r) + "\n")
with open(path) as f:
    header = f.readline().strip().split(",")
    data = [dict(zip(header, l.strip().split(","))) for l in f]
print(header, data, sum(int(d["qty"]) for d in data))
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()), f.readline() == "")
