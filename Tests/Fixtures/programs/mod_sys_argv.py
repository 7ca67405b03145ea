# sys.argv: script name plus arguments from NAME.args, parsed as a tiny command line.
import sys
print(len(sys.argv), sys.argv[0], sys.argv[1:])
opts = {}
positional = []
args = sys.argv[1:]
i = 0
while i < len(args):
    a = args[i]
    if a.startswith("--"):
        key, _, value = a[2:].partition("=")
        if not value and i + 1 < len(args) and not args[i + 1].startswith("-"):
            value = args[i + 1]
            i += 1
        opts[key] = value or True
    elif a.startswith("-") and len(a) > 1:
        for flag in a[1:]:
            opts[flag] = True
    else:
        positional.append(a)
    i += 1
print("options:", opts)
print("positional:", positional)
numbers = [float(p) for p in positional if p.replace(".", "", 1).lstrip("-").isdigit()]
print("numbers:", numbers, "sum:", sum(numbers))
words = [p for p in positional if not p.replace(".", "", 1).lstrip("-").isdigit()]
print("words:", words, [len(w) for w in words])
if opts.get("upper"):
    print(" ".join(w.upper() for w in words))
repeat = int(opts.get("repeat", 1))
for _ in range(repeat):
    print("-" * 10)
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv), "with spaces" in sys.argv)
