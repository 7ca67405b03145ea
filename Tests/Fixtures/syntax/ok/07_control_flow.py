def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for i in range(10):
    if i % 2:
        continue
    if i > 7:
        break
else:
    print("no break")

while True:
    line = read()
    if not line:
        break
else:
    pass

count = 0
while count < 10:
    count += 1

for key, value in mapping.items():
    print(key, value)

for (a, b), *rest in pairs:
    pass

for x, in singles:
    pass

for item in 1, 2, 3:
    pass

for attr.name in names:
    pass

if (n := len(data)) > 10:
    print(n)
