a = None
x = a[1]   
