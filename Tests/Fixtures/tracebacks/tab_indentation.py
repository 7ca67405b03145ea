def f():
	a = None
	return a[1] + 2
f()
