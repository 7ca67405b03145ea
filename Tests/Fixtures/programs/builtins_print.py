# print: sep, end, file=sys.stderr/stdout, flush, multiple args, no args, objects.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" -> ")
print("no newline", end="")
print(" ... continued", end="!\n")
print()
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep="|")
print("to stdout explicitly", file=sys.stdout)
print("to stderr: the last stderr line", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=", ", end=".\n")
print("x", sep=None, end=None)
print("multi\nline\tstring")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
rows = [["id", "name", "score"], [1, "ann", 9.5], [22, "bob", 10.0], [333, "cy", 7.25]]
for row in rows:
    print(*(str(c).ljust(6) for c in row), sep="|")
print("", end="")
print("", "", sep="X")
print("end with tab", end="\t")
print("next")

class Loud:
    def __str__(self):
        return "LOUD OBJECT"

print(Loud(), [Loud.__name__])
sys.stdout.write("written directly\n")
n = sys.stdout.write("count me\n")
print(n)
print("sep and end", "together", sep="+", end="$\n", flush=False)
print(f"{'ok':>10}", file=sys.stdout, flush=True)
