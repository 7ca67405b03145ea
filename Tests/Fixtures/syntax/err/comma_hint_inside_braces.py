q {1 n}
