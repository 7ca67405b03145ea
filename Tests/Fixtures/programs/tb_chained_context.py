# full-stderr
# Implicit chaining: an exception raised while handling another prints "During handling...".
import sys


def load_settings(raw):
    settings = {}
    for line in raw.splitlines():
        key, value = line.split("=")
        settings[key.strip()] = value.strip()
    return settings


def port_of(settings):
    try:
        return int(settings["port"])
    except KeyError:
        fallback = settings["default_port"]
        return int(fallback)


raw = """host = example.org
timeout = 30"""
settings = load_settings(raw)
print(settings)
print("port:", port_of(settings))
