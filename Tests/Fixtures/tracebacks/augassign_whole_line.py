total = 0
for word in ["a", "b"]:
    total += word
