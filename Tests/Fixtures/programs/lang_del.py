# del on names, list items, slices, dict keys and attributes; errors after deletion.
x = 10
y = [x, 20]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
print(y)
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[2:4]
del nums[::2]
print(nums)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

class Thing:
    kind = "thing"
    def __init__(self):
        self.a = 1
        self.b = 2

t = Thing()
del t.a
print(vars(t), hasattr(t, "a"), t.kind)
try:
    del t.a
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "c" in globals())
matrix = [[1, 2, 3], [4, 5, 6]]
del matrix[0][1], matrix[1][0]
print(matrix)

def scope():
    local = "here"
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(scope())
lst = [1, 2, 3]
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
for i in range(3):
    pass
del i
print("i" in dir())
s = {"x": [1, 2, 3]}
del s["x"][1:]
print(s)
