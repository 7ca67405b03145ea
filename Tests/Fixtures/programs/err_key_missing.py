# Uncaught KeyError from a word-count lookup of an absent word.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word in sorted(counts, key=lambda w: (-counts[w], w))[:5]:
    print(f"{word:>8} {counts[word]}")
print(len(counts), "distinct words")
print("was" in counts, counts.get("hope", 0), sorted(counts)[:3])
queries = ["times", "age", "wisdom", "hope"]
for q in queries:
    print(q, counts[q])
print("not reached")
