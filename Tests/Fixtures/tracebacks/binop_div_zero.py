def ratio(total, count):
    scale = 100
    return total * scale / count

def report(values):
    return ratio(sum(values), len(values))

report([])
