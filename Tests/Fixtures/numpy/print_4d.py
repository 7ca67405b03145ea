# A 4-D batch of small images: two blank lines between the outermost blocks.
import numpy as np

batch = np.arange(36, dtype=np.uint8).reshape(2, 2, 3, 3)
print(repr(batch))
print(batch)
print(batch.shape, batch.ndim, batch.strides)
ones = np.ones((1, 2, 1, 2), dtype=np.int32)
print(repr(ones))
print(repr(np.arange(16).reshape(2, 2, 2, 2) * 0.25 - 1))
