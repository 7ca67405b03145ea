# input(): reading lines from stdin, prompts go to stdout, EOF handling.
name = input("Your name? ")
print(f"Hello, {name}!")
age = int(input("Age? "))
print(f"In ten years you'll be {age + 10}.")
count = int(input())
numbers = []
for i in range(count):
    numbers.append(float(input(f"number {i + 1}: ")))
print()
print("numbers:", numbers)
print("sum:", sum(numbers), "mean:", round(sum(numbers) / len(numbers), 3))
words = input("words: ").split()
print(sorted(words, key=str.lower), len(words))
total = 0
lines = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached after", lines, "more lines")
        break
    lines += 1
    if not line.strip():
        print("  (blank line)")
        continue
    total += sum(int(tok) for tok in line.split())
    print("  running total:", total)
print("final total:", total)
