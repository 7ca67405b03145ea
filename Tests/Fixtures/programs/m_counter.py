"""Helper module with module-level state shared between importers."""
count = 0
history = []


def bump(by=1):
    global count
    count += by
    history.append(count)
    return count
