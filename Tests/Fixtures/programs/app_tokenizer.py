# A hand-written tokenizer and recursive-descent parser for arithmetic with variables.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/()^%":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.env:
                raise NameError(f"unknown variable {val!r}")
            return self.env[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected ')'")
            return v
        raise SyntaxError(f"unexpected token {val!r}")

env = {"x": 3, "y": 4, "rate": 0.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "x * x + y * y", "10 / 4", "17 % 5 + rate",
            "((2))", "2 * (3 + ", "z + 1", "4 $ 4", "1.5 * 4"]:
    try:
        print(f"{src:16} => {Parser(tokenize(src), env).expr()!r}")
    except (SyntaxError, NameError) as e:
        print(f"{src:16} !! {type(e).__name__}: {e}")
print(tokenize("a1 + 22*(b_c)")[:5])
