# A tiny JSON-like serializer and parser for nested dicts/lists/str/int/float/bool/None.
def dumps(v, indent=0, level=0):
    pad = " " * indent * (level + 1) if indent else ""
    nl = "\n" if indent else ""
    end = " " * indent * level if indent else ""
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[" + nl + ("," + nl).join(pad + dumps(x, indent, level + 1) for x in v) + nl + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        sep = ": " if indent else ":"
        items = (pad + dumps(str(k)) + sep + dumps(x, indent, level + 1) for k, x in v.items())
        return "{" + nl + ("," + nl).join(items) + nl + end + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")

def loads(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                k = value()
                ws(); pos += 1
                out[k] = value()
                ws()
                pos += 1
                if s[pos - 1] == "}":
                    return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                pos += 1
                if s[pos - 1] == "]":
                    return out
        if ch == '"':
            end = pos + 1
            buf = ""
            while s[end] != '"':
                if s[end] == "\\":
                    end += 1
                    buf += {"n": "\n"}.get(s[end], s[end])
                else:
                    buf += s[end]
                end += 1
            pos = end + 1
            return buf
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        text = s[start:pos]
        return float(text) if any(c in text for c in ".eE") else int(text)
    return value()

doc = {"name": "jitbook", "version": [0, 1, 2], "ratio": 0.25, "big": 10 ** 20, "tags": [], "meta": {},
       "ok": True, "missing": None, "quote": 'say "hi"\nbye', "nested": {"a": [1, {"b": [False, -3.5e-7]}]}}
compact = dumps(doc)
print(compact)
print(dumps(doc["nested"], indent=2))
back = loads(compact)
print(back == doc, back["quote"], back["nested"]["a"][1]["b"])
print(loads(dumps(doc, indent=4)) == doc)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
