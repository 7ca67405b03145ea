a = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8
b = -x + +y - ~z
c = x << 2 >> 1 & 0xF | 0x10 ^ 0x20
d = a @ b @ c
e = not a and b or c and not d
f = a < b <= c > d >= e == f != g
g = a is b is not c in d not in e
h = 2 ** -1
i = -2 ** 2
j = (a + b) * (c - d)
k = a if b else c if d else e
l = lambda: a or b
m = x[1] ** y.z
n = not not not x
o = - - - 1
p = ((((1))))
q = a and b and c or d or e
