# Uncaught custom exception with several args; the last stderr line shows its str().
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account("ann", 100)
for amount in (30, 50, 45):
    print("withdrew", amount, "left", acct.withdraw(amount))
