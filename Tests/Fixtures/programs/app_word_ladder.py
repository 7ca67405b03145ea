# Breadth-first search over a word graph (word ladder) using a list as a queue and dict of parents.
WORDS = """cold cord card ward warm word worm wore core care dare date gate gave give live love
lave cove cave came come home hole hold bold bolt boat coat cost most mist mast cast""".split()

def neighbours(word, vocab):
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in vocab:
                    yield cand

def ladder(start, goal, vocab):
    parents = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        w = queue[head]
        head += 1
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = parents[w]
            return path[::-1], head
        for n in neighbours(w, vocab):
            if n not in parents:
                parents[n] = w
                queue.append(n)
    return None, head

vocab = set(WORDS)
for a, b in [("cold", "warm"), ("love", "hate"), ("home", "cast"), ("card", "gave"), ("bold", "coat")]:
    path, explored = ladder(a, b, vocab)
    if path:
        print(f"{a} -> {b}: {' > '.join(path)} ({len(path) - 1} steps, explored {explored})")
    else:
        print(f"{a} -> {b}: no ladder (explored {explored})")
degree = {w: sum(1 for _ in neighbours(w, vocab)) for w in sorted(vocab)}
top = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, sum(degree.values()) // 2, "edges")
