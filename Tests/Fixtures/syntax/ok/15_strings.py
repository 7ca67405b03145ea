s1 = 'single'
s2 = "double"
s3 = '''triple
single'''
s4 = """triple
double"""
s5 = 'it\'s'
s6 = "say \"hi\""
s7 = "tab\there\nnewline\\backslash"
s8 = "\x41\u0042\U00000043\101\0"
s9 = "\a\b\f\v\r"
s10 = 'unknown \d escape \q'
s11 = "both ' and \" quotes"
s12 = 'only "double" inside'
s13 = "only 'single' inside"
s14 = "line \
continued"
s15 = "\N{LATIN SMALL LETTER A}\N{EM DASH}\N{GREEK SMALL LETTER PI}\N{SNOWMAN}"
s16 = "\N{BULLET} \N{DEGREE SIGN}"
empty = ''
empty2 = """"""
