# full-stderr
# NameError with CPython 3.11's "Did you mean" suggestion for a misspelled local name.
def word_frequencies(text):
    frequencies = {}
    for word in text.lower().split():
        word = word.strip(".,!?")
        frequencies[word] = frequencies.get(word, 0) + 1
    return frequencies


def top_words(text, n):
    freqs = word_frequencies(text)
    ranked = sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:n]


text = "The cat and the hat. The cat sat! And the bat?"
print(top_words(text, 3))


def longest(text):
    words = text.split()
    best = max(word, key=len)
    return best


print(longest(text))
