# super(): zero-argument form, two-argument form, in classmethods, and reaching past siblings.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    def statement(self):
        return f"{self.owner}: {self.balance}"
    @classmethod
    def kind(cls):
        return f"account:{cls.__name__}"

class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def deposit(self, amount):
        bonus = amount * self.rate
        return super().deposit(amount + bonus)
    def statement(self):
        return super().statement() + f" (rate {self.rate:.0%})"
    @classmethod
    def kind(cls):
        return "savings/" + super().kind()

class Premium(Savings):
    def statement(self):
        return "*" + super(Savings, self).statement() + "*"

s = Savings("ann", 100)
print(s.deposit(50), s.statement(), Savings.kind())
p = Premium("bob", 10, 0.5)
print(p.deposit(10), p.statement(), Premium.kind())
print(super(Premium, p).statement(), super(Savings, p).statement())

class Loud:
    def greet(self):
        return super().greet().upper() if hasattr(super(), "greet") else "LOUD"

class Polite:
    def greet(self):
        return "good day"

class LoudPolite(Loud, Polite):
    pass

print(LoudPolite().greet(), Loud().greet())

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return "Stack" + super().__repr__()

st = Stack([1]).push(2).push(3)
print(st, len(st), st.pop(), st)

class Countdict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)

cd = Countdict()
cd["a"] = 1
print(cd, cd["a"])
