# Class inheritance: overriding, class vs instance attributes, isinstance, attribute lookup.
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__.lower()

class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name, "woof")
        self.tricks = list(tricks)
    def speak(self):
        base = super().speak()
        return base + (f" and knows {', '.join(self.tricks)}" if self.tricks else "")

class Puppy(Dog):
    sound_scale = 0.5
    def speak(self):
        return super().speak().replace("woof", "yip")

class Cat(Animal):
    def __init__(self, name):
        super().__init__(name, "meow")

zoo = [Dog("Rex", ["sit", "roll"]), Puppy("Bit"), Cat("Tom"), Animal("Blob")]
for a in zoo:
    print(f"{a.kind():6} {a.speak()}")
print(Animal.count, Dog.count, zoo[0].count)
zoo[0].count = 99
print(zoo[0].count, Animal.count, Dog.kingdom, Puppy.sound_scale)
print(isinstance(zoo[1], Dog), isinstance(zoo[1], Animal), isinstance(zoo[2], Dog))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__], Dog.__bases__[0].__name__, Animal.__bases__)
print(Puppy.__name__, Puppy.__qualname__, Puppy.__module__, type(Puppy).__name__)
print(hasattr(zoo[0], "tricks"), hasattr(zoo[2], "tricks"), "speak" in Dog.__dict__, "kind" in Dog.__dict__)
Animal.kingdom = "changed"
print(zoo[1].kingdom, Cat.kingdom)
Cat.speak = lambda self: f"{self.name} ignores you"
print(zoo[2].speak())

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

for s in [Rect(2, 3.5), Square(4)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
