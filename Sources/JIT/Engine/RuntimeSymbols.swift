import Foundation
import PyNumPy
import PyRuntime

/// Swift functions that compiled code calls, with C calling conventions, registered with the
/// JIT by address. `print` in nopython code writes what Python's `print` would, through
/// `sys.stdout`, so jitted output interleaves with the interpreter's.
enum RuntimeSymbols {
    nonisolated(unsafe) static var line = ""

    static var all: [(String, UnsafeRawPointer)] {
        func address<T>(_ f: T) -> UnsafeRawPointer { unsafeBitCast(f, to: UnsafeRawPointer.self) }
        return [
            ("jitbook_print_int", address(printInt)),
            ("jitbook_print_float", address(printFloat)),
            ("jitbook_print_bool", address(printBool)),
            ("jitbook_print_str", address(printString)),
            ("jitbook_print_none", address(printNone)),
            ("jitbook_print_sep", address(printSeparator)),
            ("jitbook_print_end", address(printEnd)),
            ("jitbook_float_floordiv", address(floatFloorDivide)),
            ("jitbook_float_mod", address(floatModulo)),
            ("jitbook_round_digits", address(roundDigits)),
            ("jitbook_int_pow", address(integerPower)),
            ("jitbook_linalg_qr", address(linalgQR)),
            ("jitbook_array_new", address(newArray)),
        ]
    }

    static let printInt: @convention(c) (Int64) -> Void = { line += String($0) }
    static let printFloat: @convention(c) (Double) -> Void = { line += (try? Protocol.str(.float($0))) ?? String($0) }
    static let printBool: @convention(c) (Int8) -> Void = { line += $0 != 0 ? "True" : "False" }
    static let printString: @convention(c) (UnsafePointer<CChar>) -> Void = { line += String(cString: $0) }
    static let printNone: @convention(c) () -> Void = { line += "None" }
    static let printSeparator: @convention(c) () -> Void = { line += " " }
    static let printEnd: @convention(c) () -> Void = {
        let text = line + "\n"
        line = ""
        try? Output.writeToSysStdout(text)
    }

    /// Python's `a // b` for floats (b is not zero: the caller checked).
    static let floatFloorDivide: @convention(c) (Double, Double) -> Double = { a, b in
        let (div, _) = pythonDivmod(a, b)
        return div
    }

    static let floatModulo: @convention(c) (Double, Double) -> Double = { a, b in pythonDivmod(a, b).1 }

    /// CPython's `float_divmod`.
    static func pythonDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1
            }
        } else {
            mod = copysign(0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = copysign(0, vx / wx)
        }
        return (floordiv, mod)
    }

    /// Numba's `round(x, ndigits)`: scale by a power of ten, round half to even, scale back
    /// (so `round(2.675, 2)` is 2.68, where CPython's exact method gives 2.67).
    static let roundDigits: @convention(c) (Double, Int64) -> Double = { x, digits in
        if x.isInfinite || x.isNaN { return x }
        // Past these every double is already whole (or rounds to zero): no overflowing powers.
        if digits > 400 { return x }
        if digits < -400 { return copysign(0, x) }
        let ndigits = digits
        var pow1 = 1.0, pow2 = 1.0, y: Double
        if ndigits >= 0 {
            if ndigits > 22 {
                pow1 = pow(10.0, Double(ndigits - 22))
                pow2 = 1e22
            } else {
                pow1 = pow(10.0, Double(ndigits))
            }
            y = (x * pow1) * pow2
            if y.isInfinite { return x }
        } else {
            pow1 = pow(10.0, Double(-ndigits))
            y = x / pow1
        }
        var z = y.rounded(.toNearestOrEven)
        if abs(y - z) == 0.5 { z = 2.0 * (y / 2.0).rounded(.toNearestOrEven) }
        return ndigits >= 0 ? (z / pow2) / pow1 : z * pow1
    }

    /// `numpy.linalg.qr(a)`: Q and R written as array structs (object, data, shape, strides),
    /// kept alive by the arena of the call; 0, or 1 + the index of the exception raised.
    static let linalgQR: @convention(c) (UnsafeRawPointer, UnsafeMutablePointer<UInt64>,
                                         UnsafeMutablePointer<UInt64>) -> Int64 = { a, q, r in
        let array = Unmanaged<PyNDArray>.fromOpaque(a).takeUnretainedValue()
        do throws(PyException) {
            let (qm, rm) = try NativeLinalg.qr(array)
            ArrayArena.write(qm, to: q)
            ArrayArena.write(rm, to: r)
            return 0
        } catch {
            return 1 + NativeExceptions.index(error.value.type, (try? Protocol.str(.object(error.value))) ?? "")
        }
    }

    /// `np.zeros`/`np.ones`/`np.empty` (kind 0/1/2) of float64/int64/bool (code 0/1/2) with
    /// `ndim` extents at `shape`: the array's struct at `out`; 0, or 1 + an exception's index.
    static let newArray: @convention(c) (Int64, Int64, Int64, UnsafePointer<Int64>, UnsafeMutablePointer<UInt64>) -> Int64 = {
        kind, code, ndim, shape, out in
        let dims = (0..<Int(ndim)).map { Int(shape[$0]) }
        do throws(PyException) {
            let dtype: DType = code == 1 ? .int64 : (code == 2 ? .bool : .float64)
            ArrayArena.write(try NativeArrays.make(shape: dims, dtype: dtype, ones: kind == 1, zeroed: kind != 2), to: out)
            return 0
        } catch {
            return 1 + NativeExceptions.index(error.value.type, (try? Protocol.str(.object(error.value))) ?? "")
        }
    }

    /// `a ** b` for ints, wrapping as int64 arithmetic does; a negative exponent keeps the
    /// int64 type in Numba, so only 1 and -1 give anything but 0.
    static let integerPower: @convention(c) (Int64, Int64) -> Int64 = { a, b in
        if b < 0 { return a == 1 ? 1 : (a == -1 ? (b & 1 == 0 ? 1 : -1) : 0) }
        var result: Int64 = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            base = base &* base
            e >>= 1
        }
        return result
    }
}
