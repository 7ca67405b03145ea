# A small bank ledger: classes, exceptions, formatting of a statement report.
class InsufficientFunds(Exception):
    pass

class Account:
    next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = [("open", balance)]
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("withdraw", -amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history[-1] = ("transfer out", -amount)
        other.history[-1] = ("transfer in", amount)

accounts = {name: Account(name, bal) for name, bal in [("ann", 500), ("bob", 120), ("cyd", 0)]}
ops = [("deposit", "ann", 250), ("withdraw", "bob", 200), ("transfer", "ann", "cyd", 300),
       ("deposit", "cyd", -5), ("withdraw", "cyd", 100), ("transfer", "bob", "ann", 120)]
for op in ops:
    kind, who = op[0], accounts[op[1]]
    try:
        if kind == "transfer":
            who.transfer(accounts[op[2]], op[3])
        else:
            getattr(who, kind)(op[2])
        print(f"ok    {kind:<8} {op[1:]}")
    except (InsufficientFunds, ValueError) as e:
        print(f"FAIL  {kind:<8} {type(e).__name__}: {e}")
for acct in accounts.values():
    print(f"\n#{acct.id} {acct.owner.title()}")
    running = 0
    for what, amount in acct.history:
        running += amount
        print(f"  {what:<13}{amount:>+8.2f}{running:>10.2f}")
    print(f"  {'balance':<13}{'':>8}{acct.balance:>10.2f}")
print(sum(a.balance for a in accounts.values()))
