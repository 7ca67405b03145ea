"""Method-call-heavy classes: small methods that call each other through self, an overriding
subclass, super() and attribute reads/writes; about 1.2 million method calls in all."""
import time


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.operations = 0

    def fee(self, amount):
        return amount // 100

    def record(self):
        self.operations += 1

    def deposit(self, amount):
        self.record()
        self.balance += amount - self.fee(amount)
        return self.balance

    def withdraw(self, amount):
        if self.can_withdraw(amount):
            self.record()
            self.balance -= amount
            return True
        return False

    def can_withdraw(self, amount):
        return self.balance >= amount


class PremiumAccount(Account):
    def fee(self, amount):
        return 0

    def deposit(self, amount):
        # A bonus on top of the ordinary deposit, to exercise super().
        return super().deposit(amount) + self.bonus(amount)

    def bonus(self, amount):
        return amount % 7


def simulate(rounds):
    accounts = [Account(1000), PremiumAccount(1000), Account(50), PremiumAccount(5)]
    refused = 0
    for i in range(rounds):
        for account in accounts:
            account.deposit(i % 250)
            if not account.withdraw(i % 300):
                refused += 1
    return accounts, refused


start = time.perf_counter()
accounts, refused = simulate(50_000)
elapsed = time.perf_counter() - start

print("balances:", [acct.balance for acct in accounts])
print("operations:", sum(acct.operations for acct in accounts), "refused:", refused)
print(f"time: {elapsed:.6f}")
