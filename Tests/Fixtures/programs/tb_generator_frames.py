# full-stderr
# An exception inside a generator consumed by a pipeline of other generators.
def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        name, score = line.split(":")
        yield name, int(score)


def ranked(pairs):
    best = sorted(pairs, key=lambda p: -p[1])
    yield from best


data = """ann:91
bob:78
cyd:eighty
dee:88"""
for position, (name, score) in enumerate(ranked(parse(read_lines(data))), 1):
    print(position, name, score)
