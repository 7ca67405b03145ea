# %% [markdown]
# # Welcome to Jitbook
#
# Jitbook is a notebook in your terminal. A lesson is a list of cells: text like this one,
# and code cells that you run one at a time.
#
# - Each code cell is shown, then offered at the prompt: press **Enter** to run it, or edit
#   it first.
# - `%next` skips a cell, `%back` goes back one, `%goto N` jumps, `%lesson stop` ends.

# %%
greeting = "hello"
greeting.upper()

# %% [markdown]
# Every cell gets a number. The value of its last expression is shown as `Out[n]`, and `_`
# holds the last value shown.

# %%
_ + ", world"

# %% [markdown]
# ## What the interpreter runs
#
# Python compiles each function to bytecode, and the interpreter runs that bytecode one
# instruction at a time. `dis.dis` shows it: this is what a JIT starts from.

# %%
import dis

def add(a, b):
    return a + b

dis.dis(add)

# %% [markdown]
# Measuring comes next: `%timeit` runs a statement many times and reports the mean and spread.

# %%
%timeit -n 1000 -r 3 add(1, 2)
