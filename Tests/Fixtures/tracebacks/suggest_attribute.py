class Point:
    def __init__(self):
        self.x = 1
        self.y = 2

values = [1, 2]
values.apend(3)
