# sys.stdout / sys.stderr: write, print(file=...), flush; stderr's last line is compared.
import sys
out = sys.stdout
err = sys.stderr
out.write("plain write\n")
written = out.write("abc")
out.write(f" <- {written} chars\n")
print("to stderr 1", file=err)
err.write("to stderr 2\n")
def report(level, msg, stream=None):
    stream = stream or (sys.stderr if level == "ERROR" else sys.stdout)
    print(f"[{level:5}] {msg}", file=stream)
for level, msg in [("INFO", "starting"), ("WARN", "disk 91%"), ("ERROR", "cannot write"), ("INFO", "done")]:
    report(level, msg)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout is out, sys.stderr is err, sys.stdout is not sys.stderr)
table = [("x", 1), ("yy", 22), ("zzz", 333)]
for k, v in table:
    sys.stdout.write(k.ljust(5) + str(v).rjust(5) + "\n")
print("progress:", end=" ")
for i in range(5):
    sys.stdout.write(f"{i * 25}% ")
    sys.stdout.flush()
print()
print("final message on stderr", file=sys.stderr, flush=True)
