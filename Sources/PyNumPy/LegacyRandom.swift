/// NumPy's legacy `RandomState` stream: MT19937 seeded with `init_genrand(seed)` for an int
/// seed (CPython's `random.seed` uses `init_by_array` instead, so the streams differ), and
/// `random_sample` from two 32-bit draws (53 bits), as NumPy's `legacy_double`.
final class LegacyRandom {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    init(seed: UInt32 = 5489) { self.seed(seed) }

    func seed(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1_812_433_253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
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
}
