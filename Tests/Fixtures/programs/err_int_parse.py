# Uncaught ValueError from int() on a malformed number in a config file.
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
