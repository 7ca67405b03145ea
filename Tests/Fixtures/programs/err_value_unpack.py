# Uncaught ValueError: unpacking a CSV row with too many fields.
def banner(title):
    line = "=" * (len(title) + 4)
    return f"{line}\n| {title} |\n{line}"


print(banner(__file__.rsplit("/", 1)[-1][:-3]))
rows = """name,age,city
ann,31,oslo
bob,25,rome
cyd,40,lima,extra"""
lines = rows.splitlines()
header = lines[0].split(",")
print(header)
people = []
for line in lines[1:]:
    name, age, city = line.split(",")
    people.append({"name": name, "age": int(age), "city": city})
    print(people[-1])
print(len(people))
