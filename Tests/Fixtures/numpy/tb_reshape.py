# full-stderr
# Reshaping six elements into four.
import numpy as np

data = np.arange(6)
print(data.reshape(3, 2))
grid = data.reshape(4)
