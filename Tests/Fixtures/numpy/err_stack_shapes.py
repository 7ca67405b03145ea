# stack needs arrays of one shape (vstack only needs matching columns).
import numpy as np

rows = [np.arange(3), np.arange(3) * 2]
print(np.stack(rows))
rows.append(np.arange(4))
print(np.stack(rows))
