values = [3, 1, 2]
values.push(4)
