# Binary search tree: insert, contains, traversals via generators, height, deletion.
class BST:
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.count += 1
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1])
            elif key > node[0]:
                node[2] = _ins(node[2])
            return node
        self.root = _ins(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False
    def inorder(self, node="start"):
        node = self.root if node == "start" else node
        if node:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])
    def preorder(self, node="start"):
        node = self.root if node == "start" else node
        if node:
            yield node[0]
            yield from self.preorder(node[1])
            yield from self.preorder(node[2])
    def height(self, node="start"):
        node = self.root if node == "start" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
    def levels(self):
        level, out = [self.root] if self.root else [], []
        while level:
            out.append([n[0] for n in level])
            level = [c for n in level for c in (n[1], n[2]) if c]
        return out

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50]:
    t.insert(k)
print(list(t.inorder()), t.count)
print(list(t.preorder()), t.height())
print(t.levels())
print([k in t for k in (35, 36, 80, 10)])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height(), words.levels()[:3])
