# sys.exit with a status code after validating input; no traceback, exit status 2.
import sys
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
