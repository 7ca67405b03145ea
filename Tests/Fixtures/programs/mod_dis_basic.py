# dis: disassembly of small functions (no nested code objects, so no addresses).
import dis
def add(a, b):
    return a + b
def branch(x):
    if x > 0:
        return "pos"
    return "non-pos"
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def attrs(obj):
    obj.count = obj.count + 1
    return obj.items[0]
print("== add")
dis.dis(add)
print("== branch")
dis.dis(branch)
print("== loop")
dis.dis(loop)
print("== attrs")
dis.dis(attrs)
print(add(2, 3), branch(-1), loop(10))
