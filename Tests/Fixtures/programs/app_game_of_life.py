# Conway's Game of Life on a small wrapped grid with sets of live cells.
def parse(pattern):
    return {(r, c) for r, line in enumerate(pattern.strip().splitlines()) for c, ch in enumerate(line) if ch == "#"}

def step(live, rows, cols):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % rows, (c + dc) % cols)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live, rows, cols):
    for r in range(rows):
        print("".join("#" if (r, c) in live else "." for c in range(cols)))

glider = parse("""
.#.
..#
###
""")
rows, cols = 6, 8
live = glider
for gen in range(5):
    print(f"generation {gen}: {len(live)} alive")
    show(live, rows, cols)
    live = step(live, rows, cols)
blinker = parse("###")
b = {(r + 2, c + 1) for r, c in blinker}
states = [sorted(b)]
for _ in range(4):
    b = step(b, 5, 5)
    states.append(sorted(b))
print(states[0] == states[2] == states[4], states[1] == states[3], states[1])
block = parse("##\n##")
print(step(block, 4, 4) == block)
