# A tiny grayscale "image" in uint8: brighten with clipping, threshold, flip and crop.
import numpy as np

img = np.array([[0, 50, 100, 150], [200, 250, 30, 60], [90, 120, 180, 240]], dtype=np.uint8)
print(repr(img))
wrapped = img + 10
safe = np.clip(img.astype(np.int32) + 10, 0, 255).astype(np.uint8)
print(repr(wrapped))
print(repr(safe))
mask = img > 127
print(mask.astype(np.uint8) * 255)
print(img[::-1, ::-1])
print(img[1:, 1:3], img.mean(), img.max(axis=0), img.dtype, img.nbytes)
inverted = 255 - img
print(repr(inverted), inverted.dtype)
print(np.where(img > 100, 255, 0).astype(np.uint8))
