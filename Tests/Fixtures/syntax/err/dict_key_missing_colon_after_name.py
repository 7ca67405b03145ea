q {**a, b}
