# %-formatting that 3.11's AST optimiser rewrites as f-strings, and what it leaves alone.


def percent_simple(x, y):
    return "%s and %r" % (x, y)


def percent_widths(x):
    return "%99s|%.99s|%-5s x|%5.3r|%09s|%a" % (x, x, x, x, x, x)


def percent_unchanged(x):
    return "%100s" % (x,), "%d" % (x,), "%s" % x, "%s %s" % (x,), "%s" % (x, x)


def percent_literals(x):
    return "100%% %s%%" % (x,), "no units" % (), "%s" % (*x,)


def percent_multiline(x,
                      y):
    return ("value: %s, other: %s" %
            (x,
             y))
