# full-stderr
# AttributeError on None returned by a lookup that found nothing.
people = [
    {"name": "Ann", "manager": None},
    {"name": "Bob", "manager": "Ann"},
    {"name": "Cyd", "manager": "Zed"},
]


def find(name):
    for p in people:
        if p["name"] == name:
            return p
    return None


def manager_name(person):
    boss = find(person["manager"])
    return boss["name"].upper() if boss else "-"


print(manager_name(people[0]), manager_name(people[1]), manager_name(people[2]))
print(find("Cyd").get("manager"))
print(find("Dee").get("manager"))
