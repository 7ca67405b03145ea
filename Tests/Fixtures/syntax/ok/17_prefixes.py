r1 = r'\n is not a newline'
r2 = R"\d+\.\d+"
u1 = u'unicode'
u2 = U"UNICODE"
u3 = u'first' 'second'
u4 = 'first' u'second'
raw_triple = r'''\
keeps the backslash'''
f1 = f'{x}'
f2 = F"{y}"
f3 = rf'\d{z}'
f4 = fr"\w{z}"
f5 = Rf'{a}\n'
f6 = fR'{b}'
f7 = RF"{c}"
f8 = FR'{d}'
u5 = u'f-string after u ' f'{e}'
