def f(x):
	if x:
		return 1
	else:
		return 2

class T:
	def m(self):
		y = [1,
			2]
		return y

if True:
        # eight spaces equals one tab in both tab sizes? no: same column, different altcol
	pass
