q v[k = 1 x.y]
