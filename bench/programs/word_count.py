"""Dict-heavy word count: split a generated 200,000-word text, normalise each word, count with
dict.get and `in`, then sort by count and print the top ten."""
import time

WORDS = (
    "the quick brown fox jumps over lazy dog and then some more words appear in this "
    "text to make a vocabulary large enough for counting with python dictionaries which "
    "are hash tables keyed by string objects whose hashes are cached after first use"
).split()


def make_text(count):
    # A fixed LCG picks the words, so the text is the same under every interpreter; some words
    # are capitalised or carry punctuation so normalising has work to do.
    state = 42
    pieces = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        pick = state >> 12  # an LCG's low bits cycle quickly; use the high ones
        word = WORDS[pick % len(WORDS)]
        if pick % 11 == 0:
            word = word.capitalize()
        if pick % 17 == 0:
            word += ","
        pieces.append(word)
        pieces.append("\n" if i % 12 == 11 else " ")
    return "".join(pieces)


def count_words(text):
    counts = {}
    first_seen = {}
    for position, raw in enumerate(text.split()):
        word = raw.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
        if word not in first_seen:
            first_seen[word] = position
    return counts, first_seen


text = make_text(200_000)

start = time.perf_counter()
counts, first_seen = count_words(text)
top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
elapsed = time.perf_counter() - start

print("distinct:", len(counts), "total:", sum(counts.values()))
for word, n in top:
    print(f"{word:>12} {n:6d} first at {first_seen[word]}")
print(f"time: {elapsed:.6f}")
