counts = {1: 1}
counts[7] += 1
