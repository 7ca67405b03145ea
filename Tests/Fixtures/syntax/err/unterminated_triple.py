s = '''hello

world
