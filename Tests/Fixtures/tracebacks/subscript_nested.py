grid = [[1, 2], [3, 4]]
value = grid[1][5] + 1
