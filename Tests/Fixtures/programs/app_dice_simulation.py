# Seeded dice and card simulations using the whole random API, timed with time.perf_counter.
import random
import sys
import time
from time import perf_counter, sleep

t_start, wall_start = perf_counter(), time.time()
random.seed(8675309)
print("python", sys.version.split()[0][:4], "sim")
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
hist = {total: rolls.count(total) for total in range(2, 13)}
for total, n in hist.items():
    print(f"{total:2d} {n:4d} {'#' * (n // 25)}")
print("most common:", max(hist, key=hist.get), "mean:", round(sum(rolls) / len(rolls), 4))
deck = [r + s for s in "shdc" for r in "A23456789TJQK"]
random.shuffle(deck)
print("top five:", deck[:5], "random card:", random.choice(deck))
streak = best = 0
while (flip := random.random()) < 0.9 and best < 40:
    streak = streak + 1 if flip < 0.5 else 0
    best = max(best, streak)
print("longest heads streak:", best, "last flip", round(flip, 6))
evens = [random.randrange(0, 100, 2) for _ in range(8)]
print("evens:", evens, all(e % 2 == 0 for e in evens))
heights = [random.gauss(170, 8) for _ in range(500)]
print("height mean {:.3f} min {:.3f} max {:.3f}".format(sum(heights) / 500, min(heights), max(heights)))
prices = [round(random.uniform(0.5, 2.5), 6) for _ in range(4)]
print("prices:", prices)
sleep(0.001)
elapsed = perf_counter() - t_start
print("elapsed is positive:", elapsed > 0, "wall moved forward:", time.time() >= wall_start)
