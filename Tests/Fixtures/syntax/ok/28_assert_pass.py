assert x
assert x, "message"
assert isinstance(obj, (int, float)), f"bad type {type(obj)}"
assert (a, b)
pass
if True: pass
for i in x: break
while y: continue
