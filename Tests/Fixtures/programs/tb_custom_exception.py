# full-stderr
# A custom exception hierarchy with a __str__ override, raised from nested validation code.
class AppError(Exception):
    pass


class QuotaExceeded(AppError):
    def __init__(self, user, used, limit):
        super().__init__(user, used, limit)
        self.user, self.used, self.limit = user, used, limit

    def __str__(self):
        return f"user {self.user!r} used {self.used} of {self.limit} units"


QUOTAS = {"ann": 100, "bob": 50}


def charge(usage, user, amount):
    usage[user] = usage.get(user, 0) + amount
    if usage[user] > QUOTAS[user]:
        raise QuotaExceeded(user, usage[user], QUOTAS[user])
    return usage[user]


usage = {}
for user, amount in [("ann", 60), ("bob", 30), ("ann", 30), ("bob", 25)]:
    print(user, "now at", charge(usage, user, amount))
