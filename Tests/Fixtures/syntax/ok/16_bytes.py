b1 = b'bytes'
b2 = B"BYTES"
b3 = b'\x00\xff\n\t\\'
b4 = br'\raw\x'
b5 = Rb"\n"
b6 = bR'mixed'
b7 = BR"upper"
b8 = rB'r first'
b9 = b'con' b'cat' b"enation"
b10 = b'\101\7\777'
b11 = b"quote's"
b12 = b'''multi
line'''
b13 = b'\q'
