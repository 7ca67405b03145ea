# while/for with else, break, continue, nested loops, loop variables after the loop.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False

print([n for n in range(40) if is_prime(n)])
for n in (10, 13):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has factor", d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while body", i)
else:
    print("while finished normally at", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke out at", i)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("never hit 4; k =", k)
for x in []:
    print("never")
else:
    print("empty for runs else")
for x in range(3):
    pass
print("x after loop", x)
found = None
for row in range(1, 5):
    for col in range(1, 5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
evens = []
for n in range(20):
    if n % 2:
        continue
    if n > 12:
        break
    evens.append(n)
print(evens)
count = 0
while count < 3:
    count += 1
    for j in range(3):
        if j == count:
            break
    else:
        print("inner completed for count", count)
print("done", count)
