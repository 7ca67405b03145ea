# A singly linked list class with iteration, len, indexing, reverse and repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, value):
        return any(v == value for v in self)
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[2], 4 in ll, 9 in ll)
ll.push(9)
ll.reverse()
print(ll, ll.pop(), ll, sum(ll), max(ll), sorted(ll))
print(LinkedList("abc") == LinkedList(["a", "b", "c"]), LinkedList() == LinkedList([]), list(LinkedList(range(3))))
empty = LinkedList()
for action in (lambda: empty.pop(), lambda: ll[10]):
    try:
        action()
    except IndexError as e:
        print("IndexError:", e)
while ll:
    print("popped", ll.pop(), "left", len(ll))
