# Maze solving with DFS (recursive) and BFS (iterative), drawing the path on the grid.
MAZE = """
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
###.#.###
#.......#
#########
""".strip().splitlines()
grid = [list(row) for row in MAZE]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
MOVES = [(0, 1), (1, 0), (0, -1), (-1, 0)]

def bfs():
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for r, c in frontier:
            for dr, dc in MOVES:
                p = (r + dr, c + dc)
                if grid[p[0]][p[1]] != "#" and p not in prev:
                    prev[p] = (r, c)
                    nxt.append(p)
        frontier = nxt
    path, node = [], end
    while node:
        path.append(node)
        node = prev[node]
    return path[::-1], len(prev)

def dfs(pos, seen):
    if pos == end:
        return [pos]
    seen.add(pos)
    for dr, dc in MOVES:
        p = (pos[0] + dr, pos[1] + dc)
        if grid[p[0]][p[1]] != "#" and p not in seen:
            sub = dfs(p, seen)
            if sub:
                return [pos] + sub
    return None

path, visited = bfs()
print("BFS length", len(path) - 1, "visited", visited)
print("DFS length", len(dfs(start, set())) - 1)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
print(path[:4], start, end)
