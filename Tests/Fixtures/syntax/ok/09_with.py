with open("f") as f:
    data = f.read()

with open("a") as a, open("b") as b:
    pass

with lock:
    pass

with (
    open("x") as x,
    open("y") as y,
):
    pass

with (open("z") as z):
    pass

with (a, b):
    pass

with (yield):
    pass

with manager() as (first, second):
    pass

with ctx as obj.attr, other as items[0]:
    pass

with (a as b, c as d,):
    pass
