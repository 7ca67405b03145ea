# full-stderr
# sys.exit("message") prints the message to stderr and exits with status 1.
import sys


def check_config(cfg):
    problems = []
    if "name" not in cfg:
        problems.append("missing name")
    if not isinstance(cfg.get("workers"), int):
        problems.append("workers must be an int")
    if isinstance(cfg.get("workers"), int) and cfg["workers"] > 64:
        problems.append("too many workers")
    return problems


configs = [
    {"name": "ok", "workers": 4},
    {"workers": "many"},
]
for cfg in configs:
    problems = check_config(cfg)
    if problems:
        print("invalid config:", cfg)
        sys.exit("fatal: " + "; ".join(problems))
    print("config ok:", cfg["name"])
print("unreachable")
