class Account:
    def withdraw(self, amount):
        if amount > 10:
            raise RuntimeError("insufficient funds")

acct = Account()
acct.withdraw(amount=50)
