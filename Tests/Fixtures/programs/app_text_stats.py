# Text statistics over stdin: lines, words, characters, frequencies, longest words.
import sys
text = sys.stdin.read()
lines = text.splitlines()
words = [w.strip(".,;:!?\"'()").lower() for w in text.split()]
words = [w for w in words if w]
print("lines:", len(lines), "words:", len(words), "chars:", len(text))
print("non-empty lines:", sum(1 for l in lines if l.strip()))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {n:3d} {'*' * n}")
longest = sorted(set(words), key=lambda w: (-len(w), w))[:5]
print("longest:", longest)
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
avg = sum(len(w) for w in words) / len(words)
print(f"average word length: {avg:.3f}")
for i, line in enumerate(lines, 1):
    if len(line) > 40:
        print(f"line {i} is long ({len(line)} chars): {line[:30]}...")
sentences = [s for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences), "words per sentence:", round(len(words) / len(sentences), 2))
