# chr and ord: ASCII, Latin-1, BMP and astral code points; Caesar and Vigenere ciphers.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("日"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(127)), chr(233), chr(8364), chr(0x1F600), repr(chr(0x10FFFF)))
print([chr(c) for c in range(ord("a"), ord("z") + 1, 5)], "".join(chr(ord("A") + i) for i in range(26)))
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! Zebra-xylophone."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
def vigenere(text, key, sign=1):
    res = []
    k = [ord(c) - 97 for c in key]
    j = 0
    for ch in text:
        if ch.isalpha():
            res.append(chr((ord(ch.lower()) - 97 + sign * k[j % len(k)]) % 26 + 97))
            j += 1
        else:
            res.append(ch)
    return "".join(res)
v = vigenere("attack at dawn", "lemon")
print(v, vigenere(v, "lemon", -1))
print([ord(c) for c in "Ünï"], sum(map(ord, "checksum")) % 256, max("hello", key=ord))
print(chr(ord("a") ^ 32), chr(ord("Q") | 32), [hex(ord(c)) for c in "é€😀"])
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"A"), ord(bytes([200])), chr(True), ord("\u0301"), len(chr(0x1F600)))
