# Plain, chained, tuple and starred assignments.
x = 1
a = b = c = x + 2
first, second = second, first
(p, q), r = (1, 2), 3
[head, *tail] = range(10)
*init, last = "abc"
i, = [42]
obj.attr = value
obj.attr.deeper = items[0]
table[key] = table[key] + 1
matrix[i][j] = 0
data[1:2] = [3, 4]
a, b.c, d[0], *e = stuff()
x = y = (yield_ := 5)
