q {1: n m}
