s = b'a' 'b'
