# Text layout: word wrapping, justification, centered banners, and a boxed table.
TEXT = ("Python strings are immutable sequences of Unicode code points. This program wraps a "
        "paragraph to several widths, fully justifies it, and draws boxes around the result.")

def wrap(text, width):
    lines, current = [], []
    for word in text.split():
        if current and len(" ".join(current + [word])) > width:
            lines.append(current)
            current = []
        current.append(word)
    if current:
        lines.append(current)
    return lines

def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    lines = wrap(TEXT, width)
    print("+" + "-" * (width + 2) + "+")
    for i, words in enumerate(lines):
        body = justify(words, width) if i < len(lines) - 1 else " ".join(words).ljust(width)
        print("| " + body + " |")
    print("+" + "-" * (width + 2) + "+")
print("=" * 40)
print(" Report ".center(40, "*"))
print("=" * 40)
table = [("Language", "Year", "Typing"), ("Python", "1991", "dynamic"), ("Swift", "2014", "static"), ("C", "1972", "static")]
widths = [max(len(row[i]) for row in table) for i in range(3)]
sep = "+".join("-" * (w + 2) for w in widths)
print("+" + sep + "+")
for n, row in enumerate(table):
    print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |")
    if n == 0:
        print("+" + sep.replace("-", "=") + "+")
print("+" + sep + "+")
print(repr(" ".join(["a", "b"]).split(" ")), "-".join("abc"), "ab".join(["1", "2", "3"]), "x".join([]))
