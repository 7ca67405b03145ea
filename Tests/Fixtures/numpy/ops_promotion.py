# NumPy 2 type promotion: array dtypes win over Python scalars, mixed arrays promote to fit.
import numpy as np

i8 = np.array([1, 2], dtype=np.int8)
i32 = np.array([1, 2], dtype=np.int32)
u8 = np.array([1, 2], dtype=np.uint8)
f32 = np.array([1, 2], dtype=np.float32)
f64 = np.array([1.0, 2.0])
i64 = np.array([1, 2])
b = np.array([True, False])
c = np.array([1 + 1j, 2])
for x, y in [(i8, i8), (i8, i32), (u8, i8), (i32, f32), (i64, f32), (i8, f32), (f32, f64),
             (b, b), (b, i8), (i64, c), (f32, c), (u8, i64), (i32, i64)]:
    print(x.dtype, "+", y.dtype, "->", (x + y).dtype)
print((i8 + 1).dtype, (i8 + 1.5).dtype, (f32 * 2.0).dtype, (i64 * 1j).dtype, (u8 + True).dtype)
print((i32 / i32).dtype, (i8 / 2).dtype, (f32 / 2).dtype, (u8 // 2).dtype)
print((b + b).dtype, repr(b + b), repr(b * 3))
print(repr(np.float64(1.5) + 1), repr(np.float32(1.5) + 1.0), repr(np.int64(3) * 2.0), repr(np.int32(3) + 2))
print(repr(np.int8(100) + np.int8(1)), repr(1.5 + np.float32(2)))
print(type(np.float64(2.0) * 3).__name__, type(3 * np.int64(2)).__name__, type(np.float64(2.0) + 1j).__name__)
