import BigInt

/// MT19937, exactly as Modules/_randommodule.c uses it, so `random.seed(n)` gives CPython's
/// stream.
final class MersenneTwister {
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 625

    init() { seed(key: [5489]) }

    private func initGenrand(_ s: UInt32) {
        state[0] = s
        for i in 1..<624 {
            state[i] = 1812433253 &* (state[i - 1] ^ (state[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    /// `init_by_array`.
    func seed(key: [UInt32]) {
        initGenrand(19650218)
        var i = 1, j = 0
        var k = Swift.max(624, key.count)
        while k > 0 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = 623
        while k > 0 {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 {
                state[0] = state[623]
                i = 1
            }
            k -= 1
        }
        state[0] = 0x80000000
        index = 624
    }

    /// `random_seed` for an int: the absolute value's 32-bit words, least significant first.
    func seed(_ n: BigInt) {
        var m = n.magnitude
        var key: [UInt32] = []
        while !m.isZero {
            key.append(UInt32(truncatingIfNeeded: m.words[0]))
            m >>= 32
        }
        if key.isEmpty { key = [0] }
        seed(key: key)
    }

    /// The 624 state words and the read position, for `random.getstate()`.
    var words: (state: [UInt32], index: Int) { (state, index) }

    /// Restores what `words` gave (`random.setstate()`); the caller checks the sizes.
    func restore(state: [UInt32], index: Int) {
        self.state = state
        self.index = index
    }

    /// `genrand_uint32`.
    @inline(__always) func next32() -> UInt32 {
        if index >= 624 { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y
    }

    private func twist() {
        let upper: UInt32 = 0x80000000, lower: UInt32 = 0x7fffffff
        for kk in 0..<624 {
            let y = (state[kk] & upper) | (state[(kk + 1) % 624] & lower)
            state[kk] = state[(kk + 397) % 624] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908b0df : 0)
        }
        index = 0
    }

    /// `random()`: 53 random bits in [0, 1).
    func random() -> Double {
        let a = next32() >> 5, b = next32() >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`: words from least significant, the last one's low bits dropped.
    func bits(_ k: Int) -> BigInt {
        if k == 0 { return 0 }
        if k <= 32 { return BigInt(next32() >> UInt32(32 - k)) }
        var words: [UInt] = []
        var remaining = k
        var pending: UInt = 0
        var half = false
        while remaining > 0 {
            var r = next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            if half {
                words.append(pending | (UInt(r) << 32))
                half = false
            } else {
                pending = UInt(r)
                half = true
            }
            remaining -= 32
        }
        if half { words.append(pending) }
        return BigInt(BigUInt(words: words))
    }

    /// `_randbelow_with_getrandbits(n)` for n > 0.
    func below(_ n: BigInt) -> BigInt {
        let k = n.magnitude.bitWidth
        var r = bits(k)
        while r >= n { r = bits(k) }
        return r
    }

    /// `_randbelow` for a word-sized n > 0, without big ints.
    func below(_ n: Int) -> Int {
        let k = Int.bitWidth - n.leadingZeroBitCount
        if k <= 32 {
            var r = Int(next32() >> UInt32(32 - k))
            while r >= n { r = Int(next32() >> UInt32(32 - k)) }
            return r
        }
        return Int(below(BigInt(n)))
    }
}
