# Uncaught KeyError from a word-count lookup of an absent word.
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts, key=lambda w: (-counts[w], w))[:5]:
    print(f"{word:>8} {counts[word]}")
print(len(counts), "distinct words")
queries = ["times", "age", "wisdom", "hope"]
for q in queries:
    print(q, counts[q])
print("not reached")
