# random with seed(int): the Mersenne Twister stream must match CPython exactly.
import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(100) for _ in range(10)], [random.randrange(10, 50, 5) for _ in range(8)])
print([round(random.uniform(-5, 5), 12) for _ in range(5)])
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(2 ** 40 + 17)
print(random.random(), random.randint(-10 ** 12, 10 ** 12), random.randrange(0, 2 ** 70))
random.seed(42)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)], sum(rolls))
random.seed(-7)
print(random.random(), random.randrange(1, 1000, 3))
random.seed(999)
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + (1 if random.random() < 0.5 else -1))
print(walk)
