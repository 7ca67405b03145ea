print {**a, (lambda: a, {a + a})}
