total = 1 + \
        2 + \
        3
if a and \
   b:
    pass
value = (1 +
         2 +
         3)
items = [
    1,
    2,
    # a comment inside brackets
    3,
]
call(a,
     b,

     c)
text = ("implicit "
        "concatenation "
        'across lines')
x = {
    'k': 'v'
}
    # an indented comment line does not matter
y = 2 \
    * 3
