# Reverse Polish calculator with a tokenizer, operator table and error reporting.
import math
OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "^": (2, lambda a, b: a ** b),
    "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt),
    "max": (2, max),
}

def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise ValueError(f"{tok!r} needs {arity} operands, stack has {len(stack)}")
            args = stack[-arity:]
            del stack[-arity:]
            stack.append(fn(*args))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]

tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "2 0.5 ^", "9 sqrt neg", "1 2 3", "+", "1 0 /",
         "7 2 /", "2 3 max 4 *", "1e3 2 *", "abc 1 +", "10 3 - 2 -", "2 3 ^ 2 ^"]
for t in tests:
    try:
        print(f"{t:22} = {evaluate(t)!r}")
    except ZeroDivisionError as e:
        print(f"{t:22} ! ZeroDivisionError: {e}")
    except ValueError as e:
        print(f"{t:22} ! ValueError: {e}")
