# full-stderr
# Traceback with CPython 3.11's ~~^~~ marker under a binary operation inside a larger expression.

def banner(title):
    line = "-" * (len(title) + 4)
    return f"{line}\n: {title} :\n{line}"


print(banner("traceback demo"))

inventory = {"apples": 12, "pears": "7", "plums": 3}


def restock_cost(name, unit_price):
    count = inventory[name]
    shortfall = 20 - count
    return shortfall * unit_price


for fruit, price in [("apples", 0.5), ("plums", 0.75)]:
    print(fruit, restock_cost(fruit, price))

total = 0.0
for fruit in inventory:
    print("checking", fruit)
    total = total + (20 - inventory[fruit]) * 0.25
print("total", total)
