# .item() and float() only work on arrays with exactly one element.
import numpy as np

print(np.array([[4.5]]).item(), float(np.array(2.5)), np.arange(3)[1:2].item())
pair = np.array([1.0, 2.0])
print(pair.item())
