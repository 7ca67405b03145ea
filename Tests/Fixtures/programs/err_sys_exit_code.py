# sys.exit with a status code after validating input; no traceback, exit status 2.
import sys
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
args = ["--size", "10", "--mode", "fast", "--verbose"]
opts = {}
i = 0
while i < len(args):
    if args[i] == "--verbose":
        opts["verbose"] = True
        i += 1
    else:
        opts[args[i][2:]] = args[i + 1]
        i += 2
print(opts)
allowed_modes = {"slow", "safe"}
if opts.get("mode") not in allowed_modes:
    print("unsupported mode:", opts.get("mode"), "allowed:", sorted(allowed_modes))
    print("error: bad mode", file=sys.stderr)
    sys.exit(2)
print("unreachable")
