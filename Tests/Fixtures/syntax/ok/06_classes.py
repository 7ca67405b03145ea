class Empty:
    pass


class Child(Base):
    """A docstring."""

    attribute = 1

    def __init__(self, value):
        super().__init__()
        self.value = value

    def __repr__(self):
        return f"Child({self.value!r})"


class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)


class WithMeta(Base1, Base2, metaclass=Meta, flag=True):
    pass


class Unpacked(*bases, **options):
    pass


class Parens():
    x = 1; y = 2
