# bytes basics: literals, indexing gives ints, slicing, methods, encode/decode, repr.
b = b"Hello, \x00world\xff"
print(b, len(b), b[0], b[-1], b[7], b[:5], b[::-1][:3])
print(type(b[0]).__name__, type(b[1:2]).__name__, list(b[:4]), b[1:2] == b"e")
print(bytes(3), bytes([72, 105]), bytes(range(65, 70)), b"ab" + b"cd", b"-" * 5)
print(b"abc".upper(), b"a,b,c".split(b","), b"  x ".strip(), b"-".join([b"a", b"b"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc" < b"abd", b"abc" == b"abc", b"a" in b"cat", 97 in b"cat", b"" == bytes())
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r"), repr(b"\x7f\x80"), repr(b"it's \"x\""))
text = "naïve ☕"
enc = text.encode("utf-8")
print(enc, len(enc), enc.decode("utf-8") == text, enc.hex(), bytes.fromhex("de ad be ef"))
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
checksum = 0
for byte in b"The quick brown fox":
    checksum = (checksum * 31 + byte) % 65521
print("checksum", checksum)
print(sorted(b"hello"), max(b"xyz"), sum(b"\x01\x02\x03"), b"abc"[1], bytes(b"x"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"%d-%s" % (5, b"x"))
print(b"hello world".title(), b"abc".isalpha(), b"123".isdigit(), b"AbC".lower())
print(str(b"x"), b"x".decode(), int(b"42"), bytes("hi", "utf-8"), b"a\\b")
