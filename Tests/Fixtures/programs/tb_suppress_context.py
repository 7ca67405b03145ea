# full-stderr
# raise ... from None hides the original exception; only the new one is printed.
class MissingSetting(LookupError):
    pass


DEFAULTS = {"color": "blue", "size": 10}


def setting(name, overrides):
    try:
        return overrides[name]
    except KeyError:
        try:
            return DEFAULTS[name]
        except KeyError:
            raise MissingSetting(f"no setting named {name!r}") from None


overrides = {"size": 12}
for name in ("color", "size", "weight"):
    print(name, "=", setting(name, overrides))
