# Dicts keep insertion order; updates, deletes and re-inserts; views; comprehension.
d = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    d[word] = d.get(word, 0) + 1
print(d)
print(list(d), list(d.values()), list(d.items())[:3])
d["quick"] = 100
print(list(d)[:3])
del d["the"]
d["the"] = 0
print(list(d))
print(d.pop("fox"), d.pop("missing", "default"), d.setdefault("cat", 7), d.setdefault("dog", 9))
print(d)
d.update({"a": 1, "dog": 2}, z=26)
print(d)
k, v = d.popitem()
print(k, v, len(d))
keys = d.keys()
d["new"] = 1
print("new" in keys, len(keys), list(keys)[-1])
print({k: v for k, v in d.items() if v > 1})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict.fromkeys("ab", 0))
m1 = {"a": 1, "b": 2}
m2 = {"b": 3, "c": 4}
print(m1 | m2, m2 | m1, {**m1, **m2, "d": 5})
m1 |= {"z": 0}
print(m1, m1 == {"z": 0, "b": 2, "a": 1}, list(m1) == list({"z": 0, "b": 2, "a": 1}))
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(d.get("nope"), d.get("nope", []), "a" in d, 1 in d.values())
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"].copy(), len({}))
c = d.copy()
c.clear()
print(c, bool(d), repr({1: "1", "1": 1, (1,): [1], None: None}))
for key in list(d):
    if len(key) <= 3:
        del d[key]
print(d)
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())), list(reversed({"p": 1, "q": 2})))
