data = [1, 2]
item = data[2]  # this fails
