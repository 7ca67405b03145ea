import sys


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    opts = {}
    while argv and argv[0].startswith("-"):
        flag = argv.pop(0)
        if flag in ("-h", "--help"):
            print(__doc__)
            return 0
        elif flag == "--":
            break
        key, _, val = flag.lstrip("-").partition("=")
        opts[key] = val or True
    try:
        run(*argv, **opts)
    except KeyboardInterrupt:
        return 130
    except SystemExit as e:
        return e.code
    return 0 if not opts.get("fail") else 1


class Counter(dict):
    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if n is None else items[:n]


x = [1, 2, 3][-1]
y = not x in [1] and x is not None
z = -x ** -y
w = a if b else (c if d else e)
v = a or b and not c
u = (yield_ for yield_ in ()) 
