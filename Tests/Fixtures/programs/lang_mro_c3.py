# Multiple inheritance with C3 linearisation; cooperative super() across a diamond.
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def who(self):
        return "Right>" + super().who()

class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")
    def who(self):
        return "Bottom>" + super().who()

b = Bottom()
print([c.__name__ for c in Bottom.__mro__])
print(b.trail, b.who())

class A: pass
class B: pass
class C: pass
class D: pass
class E: pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()][:4])

class X: pass
class Y(X): pass
try:
    class Bad(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mixin:
    def describe(self):
        return f"{self.name} via {type(self).__name__}"

class Logger:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"

class Service(Mixin, Logger):
    def __init__(self, name):
        self.name = name

s = Service("db")
print(s.describe(), s.log("ready"), [c.__name__ for c in Service.__mro__])
print(Service.__bases__ == (Mixin, Logger), isinstance(s, Logger))

class P:
    tag = "P"
class Q(P):
    pass
class R(P):
    tag = "R"
class S(Q, R):
    pass
print(S.tag, [c.__name__ for c in S.__mro__])
