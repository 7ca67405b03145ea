def f():
    ñame = "日本語"; return ñame + 1

f()
