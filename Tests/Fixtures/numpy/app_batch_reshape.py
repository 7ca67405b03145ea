# Reshaping a batch of tiny images: flatten to feature vectors, swap axes, ravel and transpose.
import numpy as np

batch = np.arange(2 * 3 * 4).reshape(2, 3, 4)
features = batch.reshape(2, -1)
print(features.shape, features[1, :5])
print(batch.flatten()[:6], batch.ravel()[-3:])
hwc = batch.swapaxes(1, 2)
print(hwc.shape, hwc[0])
chw = np.transpose(hwc, (0, 2, 1))
print(np.array_equal(chw, batch))
col = batch[0].ravel()
col[0] = -1
print(batch[0, 0, 0])
flat = batch[1].flatten()
flat[:] = 0
print(batch[1, 0])
print(batch.swapaxes(0, 2).flatten()[:8], batch.T.ravel()[:8])
