# %% [markdown]
# # Executing a notebook
#
# Cells run in order; a cell tagged `raises-exception` must raise.

# %%
values = [3, 1, 2]
print("sorting", len(values), "values")
sorted(values)

# %% tags=["raises-exception"]
values[10]

# %%
import sys
print("to stderr", file=sys.stderr)
total = sum(values)
total

# %%
1 / 0

# %%
total * 2
