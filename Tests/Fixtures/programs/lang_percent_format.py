# printf-style % formatting: flags, widths, precision, dict mapping, %r/%a, literal %.
print("%d items at %.2f each = %8.3f" % (3, 1.5, 4.5))
print("%s|%r|%a" % ("café", "café", "café"))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o]" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("[%10.4f] [%-10.2f] [%e] [%E] [%g] [%g] [%G]" % (3.14159265, 2.5, 12345.678, 0.00012, 1e-5, 123456789.0, 1e20))
print("%c%c%c" % (72, "i", 33), "%%" % (), "100%% sure", "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Bo", "age": 30})
print("%*d|%-*s|%.*f" % (6, 7, 5, "ab", 2, 3.14159))
print("%s and %s" % ("one", "two"), "%d%%" % 50, "%i" % 3.99, "%.3s" % "abcdef")
rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("doohickey", 1, 99.99)]
print("%-10s %5s %8s" % ("item", "qty", "price"))
for name, qty, price in rows:
    print("%-10s %5d %8.2f" % (name, qty, price))
print("%-10s %5d %8.2f" % ("TOTAL", sum(r[1] for r in rows), sum(r[1] * r[2] for r in rows)))
print("%s" % None, "%s" % True, "%d" % True, "%r" % 1.0, "%s" % 1e16, "%r" % -0.0)
print("%5.1f%%" % 99.44, "%-6s|" % "ab", "%06.2f" % -1.5, "%+.1e" % 12345)
print("%x" % -255, "%o" % 64, "%d" % -0, "%d" % 10 ** 25, "%.0f" % 2.5, "%.0f" % 3.5)
print(b"%s=%d" % (b"k", 7), b"%x" % 255, b"%c" % 65)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
