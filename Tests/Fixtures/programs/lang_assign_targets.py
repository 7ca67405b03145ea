# Assignment to names, attributes, subscripts, slices and chained targets.
class Config:
    pass

cfg = Config()
cfg.name = "server"
cfg.port = 8080
cfg.tags = ["a"]
cfg.tags[0] = "primary"
cfg.tags += ["b"]
print(cfg.name, cfg.port, cfg.tags, sorted(vars(cfg)))
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
matrix = [[0] * 4 for _ in range(3)]
for i in range(3):
    for j in range(4):
        matrix[i][j] = i * 4 + j
matrix[1][1:3] = ["x", "y"]
matrix[2][::-1] = matrix[2]
print(matrix)
d = {}
d["a"] = {}
d["a"]["b"] = [1, 2]
d["a"]["b"][0] = 100
d[(1, 2)] = "tuple key"
print(d)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
arr[1:2] = "xyz"
print(arr)
obj = Config()
obj.inner = Config()
obj.inner.value = 1
obj.inner.value *= 10
print(obj.inner.value)
first, *rest = arr
print(first, rest)
(p, q), r = (1, 2), 3
print(p, q, r)
cfg.port = cfg.port + 1
setattr(cfg, "port", cfg.port * 2)
print(cfg.port, getattr(cfg, "name"))
s = [1, 2, 3, 4, 5, 6]
s[1::2] = [0, 0, 0]
s[-1:] = []
print(s)
counter = {"n": 0}
for _ in range(5):
    counter["n"] += 2
print(counter)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
