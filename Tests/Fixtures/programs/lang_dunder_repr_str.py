# __repr__ vs __str__: print, str(), repr(), containers use repr, fallbacks, format.
class Card:
    SUITS = {"S": "♠", "H": "♥", "D": "♦", "C": "♣"}
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"
    def __str__(self):
        return f"{self.rank}{self.SUITS[self.suit]}"

hand = [Card("A", "S"), Card("10", "H"), Card("Q", "D")]
print(hand)
print(*hand)
print(str(hand[0]), repr(hand[0]), f"{hand[1]}", f"{hand[1]!r}", "%s %r" % (hand[2], hand[2]))
print({"best": hand[0]}, (hand[1],), ", ".join(map(str, hand)))

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"<OnlyRepr {self.v}>"

class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyRepr(3)
print(o, str(o), repr(o), [o], f"{o}")
s = OnlyStr()
print(s, str(s), [str(s)], repr(s).startswith("<__main__.OnlyStr object at 0x"))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 20, 3], [400, 5, 60]])
print(m)
print(repr(m))

class Tree:
    def __init__(self, value, kids=()):
        self.value, self.kids = value, list(kids)
    def __repr__(self):
        if not self.kids:
            return f"Tree({self.value!r})"
        return f"Tree({self.value!r}, {self.kids!r})"

print(Tree("root", [Tree(1), Tree("two", [Tree(3.0)])]))
print(repr("str with 'quotes'"), str(None), repr([None, "x", 1.0, (2,)]), str({1: "a"}))
print(object.__repr__(o).startswith("<__main__.OnlyRepr object"), type(o), type(3), type(repr))
