# Strings are indexed by code point: non-ASCII, emoji, len, slicing, methods.
s = "naïve café — 日本語 ✓ 🎉"
print(s, len(s))
print(s[0], s[2], s[-1], s[-3], s[11:14], s[::-1])
print([ord(c) for c in s[:6]], hex(ord("🎉")), chr(0x1F600), chr(233), chr(26085))
for i, ch in enumerate("日本語🎉"):
    print(i, ch, ord(ch), len(ch))
word = "Ünïcödé"
print(word.upper(), word.lower(), word.casefold(), word.swapcase(), len(word))
print("straße".upper(), "ǅ".lower(), "ß".casefold(), "İ".lower() == "i̇", len("İ".lower()))
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print("abc".find("c"), "日本語".find("語"), "日本語".index("本"), "ab🎉cd".split("🎉"))
print("x".join("日本"), "-".join(["a", "é", "🎉"]), "🎉" * 3, "é" in "café")
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("nl\n"), repr("\x00\x7f"))
print(repr("é"), repr("\u200b"), repr("🎉"), ascii("é🎉"), repr("\\"))
print("abc".center(9, "*"), "日本".ljust(5, ".") + "|", "x".rjust(4, "🎉"), "42".zfill(5))
print(" a b ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "l1\nl2\r\nl3".splitlines())
print("Hello World".replace("o", "0", 1), "hello".title(), "hello world".capitalize(), "a-b-c".rsplit("-", 1))
print("abc".startswith(("x", "a")), "abc".endswith("bc"), "123".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace())
print("Hello".count("l"), "aaa".count("aa"), "hello"[1:4], "hello"[::2], "hello"[10:], "hello"[-100:2])
print(sorted("hello"), sorted(["b", "B", "a", "é", "e"]), max("hello"), min("日本語"))
print("%s|%5s|%-5s|" % ("é", "日", "🎉"), f"{'é':>4}|{'日本':^6}|")
print("a".encode(), "é".encode(), "日".encode("utf-8"), len("🎉".encode()), b"\xc3\xa9".decode())
print("ab" < "b", "Z" < "a", "é" > "z", "abc" * 0 == "", str(12) + "3", "3" * 3)
