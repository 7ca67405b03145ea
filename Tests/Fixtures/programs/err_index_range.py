# Uncaught IndexError when a moving-average window runs past the data.
prices = [10.0, 10.5, 11.2, 10.8, 11.5, 12.1, 11.9]


def moving_average(values, window):
    result = []
    for i in range(len(values) - window + 1):
        chunk = values[i:i + window]
        result.append(round(sum(chunk) / window, 3))
    return result


print(moving_average(prices, 3))
print(moving_average(prices, 5))


def naive_average(values, window):
    return [sum(values[i + k] for k in range(window)) / window for i in range(len(values))]


print(naive_average(prices, 2))
