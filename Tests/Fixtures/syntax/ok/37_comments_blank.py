#!/usr/bin/env python3
# leading comment


"""Module docstring."""

# comment
x = 1  # trailing

    # indented comment

def f():
    # comment in body

    return x  # end



# final comment