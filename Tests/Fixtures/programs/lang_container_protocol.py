# Container dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} outside {self.w}x{self.h}")
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value
    def __contains__(self, value):
        return value in self.cells
    def __str__(self):
        return "\n".join("".join(self.cells[r * self.w:(r + 1) * self.w]) for r in range(self.h))

g = Grid(5, 3)
g[0, 0] = "#"
g[4, 2] = "@"
g[2, 1] = "*"
print(g)
print(len(g), g[2, 1], "@" in g, "%" in g)
try:
    g[5, 0]
except IndexError as e:
    print("IndexError:", e)

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self.songs[index])
        return self.songs[index]
    def __setitem__(self, index, value):
        self.songs[index] = value
    def __delitem__(self, index):
        del self.songs[index]
    def __repr__(self):
        return f"Playlist{tuple(self.songs)}"

pl = Playlist("intro", "verse", "chorus", "bridge", "outro")
print(pl[0], pl[-1], pl[1:3], pl[::-2], len(pl))
pl[2] = "CHORUS"
del pl[0]
print(pl, "verse" in pl, "intro" in pl)
for song in pl:
    print("  playing", song)
print(list(pl), sorted(pl), [s for s in pl if "o" in s])

class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError
        return i * i

print(list(Squares()), 16 in Squares(), 17 in Squares(), max(Squares()))
a, b, *_ = Squares()
print(a, b)

class Sparse:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        if v:
            self.data[k] = v
        else:
            self.data.pop(k, None)
    def __len__(self):
        return len(self.data)

sp = Sparse()
sp[10] = 5
sp[3] = 1
sp[10] = 0
print(sp[10], sp[3], sp[999], len(sp), bool(sp))
