# Uncaught exception raised from inside a finally-protected loop; finally still prints.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
def process(batch):
    done = []
    try:
        for n in batch:
            if n < 0:
                raise ValueError(f"negative entry {n} in batch")
            done.append(n * 2)
    finally:
        print("processed", len(done), "of", len(batch))
    return done


print(process([1, 2, 3]))
print(process([]))
print(process([4, -5, 6]))
