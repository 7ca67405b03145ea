# bubble sort in place on an int64 array (element swaps through a tuple); the caller sees it sorted
import numpy as np
from numba import njit


@njit
def bubble_sort(a):
    n = len(a)
    swaps = 0
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return swaps


a = np.array([5, -3, 8, 0, 2, 2, -7, 11, 4])
print(bubble_sort(a))
print(a)
print(bubble_sort(a), a.tolist() == sorted(a.tolist()))
b = np.array([1.5, -0.5, 3.25, 0.0])
print(bubble_sort(b), b)
assert bubble_sort.nopython_signatures
