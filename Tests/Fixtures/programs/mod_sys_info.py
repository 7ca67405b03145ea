# sys.maxsize, sys.version, sys.version_info-free checks, sys.modules, sys.argv[0].
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.version.split()[0].startswith("3.11"), sys.version[:4], isinstance(sys.version, str))
print(sys.maxsize + 1, (sys.maxsize + 1) // 2 ** 32, hex(sys.maxsize), len(str(sys.maxsize)))
print(sys.argv[0], "sys" in sys.modules, "__main__" in sys.modules)
print(range(sys.maxsize)[-1] == sys.maxsize - 1, len(range(0, sys.maxsize, 2 ** 32)))
big = [0] * 3
try:
    big[sys.maxsize]
except IndexError as e:
    print("IndexError:", e)
try:
    big[sys.maxsize + 1]
except IndexError as e:
    print("IndexError:", e)
print(sys.maxsize.bit_length(), (sys.maxsize * 2 + 1).bit_length(), hash(sys.maxsize) == sys.maxsize % (2 ** 61 - 1))
print(type(sys.stdout).__name__ in ("TextIOWrapper",), sys.getrecursionlimit() >= 1000)
try:
    impossible = [0] * 10 ** 12
except MemoryError as e:
    print("MemoryError caught:", type(e).__name__, e.args)
print("still running")
