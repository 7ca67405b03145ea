# a conditional expression with int/float arms and a print statement inside the function
from numba import njit


@njit
def ternary_print(k):
    v = k if k > 0 else 0.5
    print("v is", v, k > 0)
    return v


print(ternary_print(4))
ternary_print.inspect_types()
