# sys.exit with an int status after output; SystemExit can be caught first.
import sys
def run(step):
    if step == 2:
        sys.exit(0)
    return f"step {step} ok"
for s in range(1, 4):
    try:
        print(run(s))
    except SystemExit as e:
        print("caught SystemExit with code", e.code, type(e).__name__, isinstance(e, Exception))
try:
    sys.exit("string code")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    raise SystemExit(7)
except BaseException as e:
    print("BaseException caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", e.code)
def cleanup():
    try:
        sys.exit(5)
    finally:
        print("finally runs during exit")
try:
    cleanup()
except SystemExit as e:
    print("after cleanup", e.code)
errors = ["missing config", "bad port"]
print(f"{len(errors)} errors found, exiting with status 3")
sys.stdout.flush()
sys.exit(3)
print("never printed")
