# Conway's Game of Life on a small board with neighbour counts from shifted slices.
import numpy as np


def step(board):
    padded = np.zeros((board.shape[0] + 2, board.shape[1] + 2), dtype=np.int8)
    padded[1:-1, 1:-1] = board
    neighbours = sum(padded[1 + dy:padded.shape[0] - 1 + dy, 1 + dx:padded.shape[1] - 1 + dx]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if (dy, dx) != (0, 0))
    return ((neighbours == 3) | ((board == 1) & (neighbours == 2))).astype(np.int8)


board = np.zeros((6, 6), dtype=np.int8)
board[1, 2] = board[2, 3] = board[3, 1] = board[3, 2] = board[3, 3] = 1
for generation in range(4):
    print(f"generation {generation}, alive {board.sum()}")
    print(board)
    board = step(board)
print(repr(board))
