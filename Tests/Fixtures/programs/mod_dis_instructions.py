# dis.get_instructions / dis.Bytecode: opnames and arguments of compiled functions.
import dis
def compute(x, y=2):
    z = x * y - 1
    if z in (1, 2, 3):
        return [z, x, y]
    return {"z": z}
ops = [ins.opname for ins in dis.get_instructions(compute)]
print(ops)
print(len(ops), ops.count("LOAD_FAST"), "BINARY_OP" in ops, ops[0])
for ins in dis.get_instructions(compute):
    if ins.opname in ("LOAD_CONST", "STORE_FAST", "LOAD_FAST", "BINARY_OP", "COMPARE_OP", "CONTAINS_OP"):
        print(f"{ins.offset:3d} {ins.opname:14} {ins.arg!s:4} {ins.argrepr}")
def greet(name):
    message = f"hi {name}!"
    print(message)
    return len(message)
print([i.opname for i in dis.Bytecode(greet)])
print([i.argval for i in dis.get_instructions(greet) if i.opname == "LOAD_CONST"])
print(dis.opname[100] if len(dis.opname) > 100 else None, "RETURN_VALUE" in dis.opmap)
print(compute(1), compute(5, 3), greet("dis"))
