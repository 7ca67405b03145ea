# %% [markdown]
# # How Numba works
#
# A JIT compiler turns a Python function into machine code the first time you call it. This
# lesson follows one function through Jitbook's `numba` module, which works the way Numba
# does: bytecode in, Numba IR, types, LLVM, native code out.
#
# Run each cell with **Enter**; `%next` skips one, `%lesson stop` ends the lesson.

# %% [markdown]
# ## Start from the bytecode
#
# The interpreter never sees your source text, only the bytecode Python compiled it to.
# `dis.dis` prints that bytecode. It is also what the JIT reads.

# %%
import dis

def add(a, b):
    return a + b

dis.dis(add)

# %% [markdown]
# ## Decorating compiles nothing
#
# `@jit` wraps the function in a *dispatcher*. Nothing is compiled yet, and the bytecode is
# the same as before: the dispatcher keeps the Python function it was given.

# %%
from numba import jit

@jit
def add(a, b):
    return a + b

dis.dis(add)

# %% [markdown]
# The first call is the moment of compilation. The dispatcher looks at the types of the
# arguments (two floats here), compiles a version of `add` for exactly those types, and
# runs it.

# %%
add(1., 1.)

# %% [markdown]
# `inspect_types()` shows what the compiler worked out. Each source line is listed with the
# statements of *Numba IR* it became, and every variable carries a type: `a` and `b` are
# `float64`, so the sum is `float64` too. Names starting with `$` are temporaries; the
# numbers in them are bytecode offsets.

# %%
add.inspect_types()

# %% [markdown]
# ## One compiled version per type signature
#
# Calling with integers is a different signature, so the dispatcher compiles a second version.
# Both stay cached; later calls with the same types go straight to native code.

# %%
add(1, 1)

# %%
add.signatures

# %% [markdown]
# The integer version adds `int64` values. Compare its block with the float one.

# %%
add.inspect_types(signature=add.signatures[1])

# %% [markdown]
# Underneath is LLVM IR, and under that machine code. The dispatcher keeps both, one entry
# per signature.

# %%
list(add.inspect_llvm().keys())

# %% [markdown]
# ## When types cannot be worked out
#
# Native code needs a type for every value. An instance of your own class has none, so
# typing fails. Plain `@jit` then *falls back to object mode*: it warns and runs the function
# in the interpreter, which gains nothing. (Numba did this up to version 0.58.)

# %%
class MyInt:
    def __init__(self, x):
        self.x = x

def add_object(a, b):
    return a.x + b.x

add_object_jit = jit(add_object)
add_object_jit(MyInt(5), MyInt(6))

# %% [markdown]
# In object mode every variable is a `pyobject`: a Python object, handled exactly as the
# interpreter would handle it.

# %%
add_object_jit.inspect_types()

# %% [markdown]
# ## nopython mode: native code or an error
#
# `@jit(nopython=True)`, or `@njit` for short, never falls back. If a function cannot be
# typed, you get a `TypingError` that says which line failed and why. That is usually what
# you want: the error shows exactly what kept the code from compiling.

# %% tags=["raises-exception"]
from numba import njit

@njit
def attribute(x):
    return x.foo

attribute(1)

# %% [markdown]
# ## What it buys
#
# Loops over arrays are where compiling pays. This function runs the same loop twice: once
# in the interpreter (`.py_func` is the original function) and once as native code.

# %%
import numpy as np

@njit
def sum_squared(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i] * x[i]
    return total

x = np.random.rand(100_000)
sum_squared(x)

# %%
%timeit -n 3 -r 3 sum_squared.py_func(x)

# %%
%timeit -n 100 -r 3 sum_squared(x)

# %% [markdown]
# The compiled loop adds the numbers in the same order as the interpreter, so the two results
# agree to the last bit. `fastmath=True` lets LLVM reorder the additions and use vector
# instructions; it is faster still, and the last digits may differ.

# %%
sum_squared.py_func(x) == sum_squared(x)

# %%
@njit(fastmath=True)
def sum_squared_fast(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i] * x[i]
    return total

%timeit -n 100 -r 3 sum_squared_fast(x)
