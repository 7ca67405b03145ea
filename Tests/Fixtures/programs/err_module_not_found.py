# Uncaught ModuleNotFoundError for a module that does not exist beside the script.
import math
import m_counter
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))

print(math.sqrt(49), m_counter.bump(3))
try:
    import m_optional_extension
except ImportError:
    print("optional extension missing, continuing")
values = [m_counter.bump() for _ in range(3)]
print(values, m_counter.history)
print("importing the required plugin")
import m_required_plugin
print("unreachable")
