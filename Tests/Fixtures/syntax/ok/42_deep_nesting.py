def level1():
    def level2():
        def level3():
            class Level4:
                def level5(self):
                    for a in range(2):
                        while a:
                            with ctx:
                                try:
                                    if a:
                                        if not a:
                                            pass
                                        elif a > 1:
                                            return [[[[[a]]]]]
                                except E:
                                    pass
            return Level4
        return level3
    return level2


value = ((((((((((1))))))))))
lists = [[[[[[[[[[2]]]]]]]]]]
calls = f(g(h(i(j(k(3))))))
attrs = a.b.c.d.e.f.g.h.i.j
subs = a[b[c[d[e[f]]]]]
mixed = {'a': [(1, {2: [3, (4, {5})]})]}
