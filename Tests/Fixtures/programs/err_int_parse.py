# Uncaught ValueError from int() on a malformed number in a config file.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
config_text = """
workers = 4
timeout = 30
retries = three
port = 8080
"""
settings = {}
for raw in config_text.strip().splitlines():
    key, _, value = raw.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
for key in ("workers", "timeout"):
    print(key, int(settings[key]) * 2)
numeric = {k: int(v) for k, v in settings.items()}
print(numeric)
