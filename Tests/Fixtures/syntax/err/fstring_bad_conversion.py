s = f'{x!z}'
