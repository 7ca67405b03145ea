# An index past the end of the second axis: IndexError names the axis and its size.
import numpy as np

board = np.zeros((3, 4), dtype=int)
board[2, 3] = 1
board[-3, -4] = 2
print(board)
print(board[0, 7])
