doc = """First line
    second line with 'quotes' and "doubles"
third"""
concat = ("one "
          'two '
          """three
four""")
after = """x""" + 'y'
fs = (f"{a}"
      f"{b!r}"
      "c")
raw = r"""\d+
\s*"""
esc = '\
'
x = """a""" """b"""
