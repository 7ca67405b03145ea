# full-stderr
# Error raised inside a method called through a chain of attribute lookups and calls.
class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise SyntaxError(f"expected {ch!r} at {self.pos}")
        self.pos += 1


class Calculator:
    def __init__(self):
        self.parser = None

    def evaluate(self, text):
        self.parser = Parser(text)
        left = self.parser.number()
        self.parser.expect("+")
        return left + self.parser.number()


calc = Calculator()
print(calc.evaluate("12+30"))
print(calc.evaluate("7+x"))
