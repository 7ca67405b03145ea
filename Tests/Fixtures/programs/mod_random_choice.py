# random.choice and random.shuffle reproduce CPython's results for a seeded generator.
import random
random.seed(2024)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(12)])
print(random.choice("abcdefghij"), random.choice(range(1000)), random.choice((True, False)))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i::4][:5]) for i in range(4)]
for h in hands:
    print(h)
nums = list(range(20))
random.shuffle(nums)
print(nums, sorted(nums) == list(range(20)))
random.seed(7)
order = list("ABCDEFG")
for round_no in range(3):
    random.shuffle(order)
    print(round_no, "".join(order))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
random.seed(31337)
pairs = [(random.choice("xyz"), random.randint(0, 9)) for _ in range(8)]
print(pairs)
tally = {}
random.seed(5)
for _ in range(1000):
    c = random.choice(colors)
    tally[c] = tally.get(c, 0) + 1
print(tally)
