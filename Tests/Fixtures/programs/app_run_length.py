# Run-length encoding, decoding, and a simple LZ-style compressor on strings and bytes.
def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out

def rle_text(pairs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in pairs)

def rle_decode(text):
    out, num = [], ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

samples = ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaabb", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]
for s in samples:
    enc = rle_text(rle_encode(s))
    ok = rle_decode(enc) == s
    ratio = len(enc) / len(s) if s else 0
    print(f"{s[:20]!r:24} -> {enc!r:28} ok={ok} ratio={ratio:.2f}")

def lz_compress(data, window=32):
    i, out = 0, []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out

def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)

text = "abracadabra abracadabra abracadabra!"
toks = lz_compress(text)
print(toks)
print(lz_decompress(toks) == text, len(toks), len(text))
data = bytes(rle_text(rle_encode("xxxxyyyz")), "ascii")
print(data, list(data[:3]), data.decode())
