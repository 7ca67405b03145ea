if (n := len(a)) > 10:
    print(f"List is too long ({n} elements, expected <= 10)")

while (chunk := file.read(8192)):
    process(chunk)

[y := f(x), y ** 2]
data = [y for x in values if (y := transform(x))]
print(x := 1, y := 2)
foo(a=(b := 3))
value = (result := compute()) and result.ok
lookup[(key := make())]
