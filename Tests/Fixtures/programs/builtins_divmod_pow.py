# divmod and pow: signs, floats, three-argument pow, modular inverse, big numbers.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 17)]:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = {(q, r)}  check {q * b + r == a}  //:{a // b} %:{a % b}")
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(10 ** 25, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3), pow(0, 0), pow(9, 0.5), pow(-2, 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(5, -1, 7), pow(38, -1, 97), pow(10 ** 20, 10 ** 20, 12345))
print(2 ** 0.5, (-1) ** 0.5, 0 ** 0, 10 ** -3, (-2) ** -2, 2 ** 3 ** 0)
def modinv_check(a, m):
    inv = pow(a, -1, m)
    return inv, (a * inv) % m
print([modinv_check(a, 101) for a in (2, 3, 50, 100)])
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
seconds = 987654
days, rem = divmod(seconds, 86400)
hours, rem = divmod(rem, 3600)
minutes, secs = divmod(rem, 60)
print(f"{days}d {hours:02d}:{minutes:02d}:{secs:02d}")
def fast_pow(b, e, m):
    result = 1
    b %= m
    while e:
        if e & 1:
            result = result * b % m
        b = b * b % m
        e >>= 1
    return result
print(all(fast_pow(b, e, 1009) == pow(b, e, 1009) for b in range(2, 20) for e in range(0, 50, 7)))
print(pow(1.1, 2), pow(2, 62), pow(2, 64) - 1, pow(-1, 10 ** 9 + 1))
