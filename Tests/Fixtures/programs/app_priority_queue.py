# A binary heap priority queue written from scratch, used for task scheduling and Dijkstra.
class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __len__(self):
        return len(self.a)

h = Heap()
for x in [15, 3, 9, 1, 12, 7, 3, 20]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
tasks = Heap()
for prio, name in [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "answer pager"), (5, "lunch")]:
    tasks.push((prio, name))
while tasks:
    p, n = tasks.pop()
    print(f"p{p}: {n}")
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = Heap()
    pq.push((0, src))
    while pq:
        d, u = pq.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                pq.push((nd, v))
    return dist, prev
dist, prev = dijkstra("A")
print(dict(sorted(dist.items())))
node, path = "F", []
while node:
    path.append(node)
    node = prev.get(node)
print("->".join(reversed(path)))
