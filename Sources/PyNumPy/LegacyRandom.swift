import Foundation

/// NumPy's legacy `RandomState` stream: MT19937 seeded with `init_genrand(seed)` for an int
/// seed (CPython's `random.seed` uses `init_by_array` instead, so the streams differ), and
/// `random_sample` from two 32-bit draws (53 bits), as NumPy's `legacy_double`.
final class LegacyRandom {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624
    /// The second value of the last polar-method pair (`legacy_gauss` keeps one in reserve).
    private var gauss: Double?

    init(seed: UInt32 = 5489) { self.seed(seed) }

    func seed(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
        gauss = nil
    }

    func next32() -> UInt32 {
        if index >= 624 { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private func twist() {
        for i in 0..<624 {
            let y = (state[i] & 0x8000_0000) | (state[(i + 1) % 624] & 0x7FFF_FFFF)
            state[i] = state[(i + 397) % 624] ^ (y >> 1) ^ (y & 1 != 0 ? 0x9908_B0DF : 0)
        }
        index = 0
    }

    /// `random_sample()`: a double in [0, 1) from 53 random bits.
    func double() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67_108_864 + b) / 9_007_199_254_740_992
    }

    /// `legacy_gauss`: the polar Box-Muller method, one value kept for the next call.
    func standardNormal() -> Double {
        if let g = gauss {
            gauss = nil
            return g
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * double() - 1
            x2 = 2 * double() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        gauss = f * x1
        return f * x2
    }

    /// A uniform integer in 0...max by masked rejection (`rk_interval`, legacy `randint`).
    func interval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        if max <= 0xFFFF_FFFF {
            while true {
                let v = UInt64(next32()) & mask
                if v <= max { return v }
            }
        }
        while true {
            let v = ((UInt64(next32()) << 32) | UInt64(next32())) & mask
            if v <= max { return v }
        }
    }

    /// `count` legacy `randint` draws in 0...max for a dtype `bits` wide (NumPy's
    /// `random_bounded_uint*_fill`, masked): 8- and 16-bit values and bools are cut from one
    /// 32-bit draw at a time, low bits first; wider ones take whole draws as `interval` does.
    func bounded(_ count: Int, max: UInt64, bits: Int) -> [UInt64] {
        if max == 0 || bits > 16 { return (0..<count).map { _ in max == 0 ? 0 : interval(max) } }
        var mask = max
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4; mask |= mask >> 8
        var buffer: UInt32 = 0, left = 0
        func piece() -> UInt64 {
            if left == 0 {
                buffer = next32()
                left = 32 / bits - 1
            } else {
                buffer >>= UInt32(bits)
                left -= 1
            }
            return UInt64(buffer) & ((1 << bits) - 1)
        }
        return (0..<count).map { _ in
            while true {
                let v = piece() & mask
                if v <= max { return v }
            }
        }
    }
}
