# bin, oct, hex: negatives, big ints, round trips with int(), format alternatives.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 1023, 2 ** 32, -(2 ** 40), 10 ** 20]:
    print(f"{n:>22} {bin(n):>70} {oct(n):>26} {hex(n):>20}")
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-99), 0))
print(bin(True), hex(False), oct(2 ** 63), hex(2 ** 64 - 1), bin(-(2 ** 70))[:12])
print(format(255, "b"), format(255, "o"), format(255, "x"), format(-255, "#x"), format(10, "#010b"))
print(bin(42), oct(42), hex(42), bin(True + True), hex(int("2a", 16)))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("5")
except TypeError as e:
    print("TypeError:", e)
def popcount(n):
    return bin(n).count("1")
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, base)
        out = digits[r] + out
    return sign + out
print([popcount(n) for n in range(17)], popcount(2 ** 100 - 1))
print([to_base(n, 2) == bin(n)[2:] for n in (5, 64, 1000)], to_base(-255, 16), to_base(123456789, 36))
print(int(to_base(123456789, 36), 36), (255).bit_length(), (0xDEADBEEF).to_bytes(4, "big"), int.from_bytes(b"\x01\x00", "little"))
print(hex(0xDEAD_BEEF & 0xFFFF), bin(0b1010 ^ 0b0110), oct(0o777 >> 3), hex(~0xF0 & 0xFF))
