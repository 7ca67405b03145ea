first, *middle, last = range(10)
*a, b = items
merged = [*left, *right]
combined = {*set1, *set2}
joined = (*t1, *t2)
kw = {**d1, **d2, "extra": 1}
call(*positional, **named)
print(*items, sep="")
a, *b = *c, d
for x, *rest in rows:
    pass
return_tuple = 1, *others
x[*idx]
y[1:2, *idx]
