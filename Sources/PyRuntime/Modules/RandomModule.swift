import BigInt
import Foundation

/// The `random` module (Lib/random.py over Modules/_randommodule.c): one hidden Mersenne
/// Twister per module object, with CPython's algorithms on top so seeded streams match CPython's
/// value for value.
public enum RandomModule {

    /// The generator state behind one module object (`random._inst`).
    final class State {
        let mt = MersenneTwister()
        var gaussNext: Double?

        init() {
            // Unseeded: from the system's entropy, as CPython seeds from os.urandom.
            var g = SystemRandomNumberGenerator()
            mt.seed(key: (0..<19).map { _ in UInt32.random(in: .min ... .max, using: &g) })
        }
    }

    /// A module function or `Random` method, given the generator it draws from.
    typealias Method = (State, Arguments) throws(PyException) -> PyValue

    /// A new `random` module object with its own generator.
    public static func make() -> PyModule {
        let m = PyModule(name: "random")
        let d = m.dict!
        let st = State()
        for (name, f) in methods {
            d.setItem(name, .object(PyBuiltinFunction(name: name, module: "random") {
                (a) throws(PyException) -> PyValue in try f(st, a)
            }))
        }
        d.setItem("Random", .object(randomType))
        return m
    }

    /// The module's functions, which are also the methods of `random.Random`.
    static let methods: [(String, Method)] = {
        var out: [(String, Method)] = []
        func add(_ name: String, _ f: @escaping Method) { out.append((name, f)) }
        add("seed") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("seed", ["a", "version"], required: 0)
            try seed(st, b[0] ?? .none)
            return .none
        }
        add("random") { (st, a) throws(PyException) -> PyValue in
            try a.none("random")
            return .float(st.mt.random())
        }
        add("getrandbits") { (st, a) throws(PyException) -> PyValue in
            let k = try Protocol.index(a.single("getrandbits"))
            if k < 0 { throw .valueError("number of bits must be non-negative") }
            return .int(st.mt.bits(k))
        }
        add("randbytes") { (st, a) throws(PyException) -> PyValue in
            let n = try Protocol.index(a.single("randbytes"))
            if n < 0 { throw .valueError("number of bytes must be non-negative") }
            let v = st.mt.bits(n * 8)
            return .object(PyBytes(try IntMath.toBytes(v, length: n, littleEndian: true, signed: false)))
        }
        add("randrange") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("randrange", ["start", "stop", "step"], required: 1)
            return try randrange(st, b[0]!, b[1], b[2])
        }
        add("randint") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("randint", ["a", "b"], required: 2)
            return try randrange(st, b[0]!, Protocol.binaryOp(.add, b[1]!, .int(1)), nil)
        }
        add("choice") { (st, a) throws(PyException) -> PyValue in
            let seq = try a.single("choice")
            let n = try length(seq)
            if n == 0 { throw .indexError("Cannot choose from an empty sequence") }
            return try item(seq, st.mt.below(n))
        }
        add("shuffle") { (st, a) throws(PyException) -> PyValue in
            let x = try a.single("shuffle")
            if case .object(let l as PyList) = x {
                var i = l.elements.count - 1
                while i >= 1 {
                    let j = st.mt.below(i + 1)
                    l.elements.swapAt(i, j)
                    i -= 1
                }
                return .none
            }
            guard let set = x.type.lookup(Names.__setitem__) else {
                throw .typeError("'\(x.type.name)' object does not support item assignment")
            }
            var i = try length(x) - 1
            while i >= 1 {
                let j = st.mt.below(i + 1)
                let xi = try item(x, i), xj = try item(x, j)
                _ = try Protocol.callMethod(set, self: x, [.int(i), xj])
                _ = try Protocol.callMethod(set, self: x, [.int(j), xi])
                i -= 1
            }
            return .none
        }
        add("uniform") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("uniform", min: 2, max: 2)
            let lo = try MathModule.real(args[0]), hi = try MathModule.real(args[1])
            return .float(lo + (hi - lo) * st.mt.random())
        }
        add("gauss") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("gauss", ["mu", "sigma"], required: 0)
            let mu = try b[0].map(MathModule.real) ?? 0, sigma = try b[1].map(MathModule.real) ?? 1
            var z: Double
            if let g = st.gaussNext {
                z = g
                st.gaussNext = nil
            } else {
                let x2pi = st.mt.random() * 2 * Double.pi
                let g2rad = (-2.0 * Foundation.log(1.0 - st.mt.random())).squareRoot()
                z = Foundation.cos(x2pi) * g2rad
                st.gaussNext = Foundation.sin(x2pi) * g2rad
            }
            return .float(mu + z * sigma)
        }
        add("normalvariate") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("normalvariate", ["mu", "sigma"], required: 0)
            let mu = try b[0].map(MathModule.real) ?? 0, sigma = try b[1].map(MathModule.real) ?? 1
            return .float(normal(st, mu, sigma))
        }
        add("lognormvariate") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("lognormvariate", min: 2, max: 2)
            return .float(Foundation.exp(normal(st, try MathModule.real(args[0]), try MathModule.real(args[1]))))
        }
        add("expovariate") { (st, a) throws(PyException) -> PyValue in
            let lambd = try MathModule.real(a.single("expovariate"))
            if lambd == 0 { throw .zeroDivisionError("float division by zero") }
            return .float(-Foundation.log(1.0 - st.mt.random()) / lambd)
        }
        add("triangular") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("triangular", ["low", "high", "mode"], required: 0)
            var low = try b[0].map(MathModule.real) ?? 0, high = try b[1].map(MathModule.real) ?? 1
            var u = st.mt.random()
            var c = 0.5
            if let m = b[2], !m.isNone {
                if high == low { return .float(low) }
                c = (try MathModule.real(m) - low) / (high - low)
            }
            if u > c {
                u = 1.0 - u
                c = 1.0 - c
                swap(&low, &high)
            }
            return .float(low + (high - low) * (u * c).squareRoot())
        }
        add("gammavariate") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("gammavariate", min: 2, max: 2)
            return .float(try gamma(st, try MathModule.real(args[0]), try MathModule.real(args[1])))
        }
        add("betavariate") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("betavariate", min: 2, max: 2)
            let y = try gamma(st, try MathModule.real(args[0]), 1.0)
            if y == 0 { return .float(0) }
            return .float(y / (y + (try gamma(st, try MathModule.real(args[1]), 1.0))))
        }
        add("vonmisesvariate") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("vonmisesvariate", min: 2, max: 2)
            let mu = try MathModule.real(args[0]), kappa = try MathModule.real(args[1])
            let twoPi = 2 * Double.pi
            if kappa <= 1e-6 { return .float(twoPi * st.mt.random()) }
            let s = 0.5 / kappa
            let r = s + (1.0 + s * s).squareRoot()
            var z = 0.0
            while true {
                let u1 = st.mt.random()
                z = Foundation.cos(Double.pi * u1)
                let d = z / (r + z)
                let u2 = st.mt.random()
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * Foundation.exp(d) { break }
            }
            let q = 1.0 / r
            let f = (q + z) / (1.0 + q * z)
            let u3 = st.mt.random()
            let theta = u3 > 0.5 ? FloatMath.remainder(mu + Foundation.acos(f), twoPi)
                                 : FloatMath.remainder(mu - Foundation.acos(f), twoPi)
            return .float(theta)
        }
        add("paretovariate") { (st, a) throws(PyException) -> PyValue in
            let alpha = try MathModule.real(a.single("paretovariate"))
            let u = 1.0 - st.mt.random()
            return try FloatMath.power(u, -1.0 / alpha)
        }
        add("weibullvariate") { (st, a) throws(PyException) -> PyValue in
            let args = try a.positional("weibullvariate", min: 2, max: 2)
            let alpha = try MathModule.real(args[0]), beta = try MathModule.real(args[1])
            let u = 1.0 - st.mt.random()
            let p = try FloatMath.power(-Foundation.log(u), 1.0 / beta)
            return try Protocol.binaryOp(.multiply, .float(alpha), p)
        }
        add("sample") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("sample", ["population", "k", "counts"], required: 2, positionalLimit: 2)
            return try sample(st, b[0]!, b[1]!)
        }
        add("choices") { (st, a) throws(PyException) -> PyValue in
            let b = try a.bind("choices", ["population", "weights", "cum_weights", "k"], required: 1,
                               positionalLimit: 2)
            return try choices(st, b[0]!, weights: b[1], cumWeights: b[2], k: b[3])
        }
        add("getstate") { (st, a) throws(PyException) -> PyValue in
            try a.none("getstate")
            return getState(st)
        }
        add("setstate") { (st, a) throws(PyException) -> PyValue in
            try setState(st, a.single("setstate"))
            return .none
        }
        return out
    }()

    // MARK: Algorithms (Lib/random.py, 3.11)

    static func seed(_ st: State, _ a: PyValue) throws(PyException) {
        st.gaussNext = nil
        switch a {
        case .none:
            var g = SystemRandomNumberGenerator()
            st.mt.seed(key: (0..<19).map { _ in UInt32.random(in: .min ... .max, using: &g) })
        case .object(let s as PyStr):
            // Version 2: the str's UTF-8 bytes followed by their SHA-512, as one big-endian int.
            let bytes = Array(s.value.utf8)
            st.mt.seed(fromBytes: bytes + SHA512.hash(bytes))
        case .object(let b as PyBytes):
            st.mt.seed(fromBytes: b.value + SHA512.hash(b.value))
        default:
            if let n = IntMath.big(a) {
                st.mt.seed(n)
            } else {
                // Other hashable seeds use their hash (CPython 3.11 still accepts them).
                st.mt.seed(BigInt(try Protocol.hash(a)))
            }
        }
    }

    static func randrange(_ st: State, _ start: PyValue, _ stop: PyValue?, _ step: PyValue?) throws(PyException) -> PyValue {
        let istart = try index(start, 1)
        guard let stop, !stop.isNone else {
            if step != nil { throw .typeError("Missing a non-None stop argument") }
            if istart.sign == .plus && !istart.isZero { return .int(below(st, istart)) }
            throw .valueError("empty range for randrange()")
        }
        let istop = try index(stop, 2)
        let width = istop - istart
        let istep = try step.map { (s) throws(PyException) -> BigInt in try index(s, 3) } ?? 1
        if istep == 1 {
            if width.sign == .plus && !width.isZero { return .int(istart + below(st, width)) }
            throw .valueError("empty range for randrange() (\(istart), \(istop), \(width))")
        }
        let n: BigInt
        if istep.sign == .plus && !istep.isZero {
            n = IntMath.floorDivMod(width + istep - 1, istep).quotient
        } else if istep.isZero {
            throw .valueError("zero step for randrange()")
        } else {
            n = IntMath.floorDivMod(width + istep + 1, istep).quotient
        }
        if n.sign == .minus || n.isZero { throw .valueError("empty range for randrange()") }
        return .int(istart + istep * below(st, n))
    }

    private static func below(_ st: State, _ n: BigInt) -> BigInt {
        if let small = Int(exactly: n) { return BigInt(st.mt.below(small)) }
        return st.mt.below(n)
    }

    private static func index(_ v: PyValue, _ position: Int) throws(PyException) -> BigInt {
        if let b = IntMath.big(v) { return b }
        if case .float(let d) = v {
            if d != d.rounded(.towardZero) || !d.isFinite {
                throw .valueError("non-integer arg \(position) for randrange()")
            }
            return IntMath.big(try FloatMath.toInt(d))!
        }
        return IntMath.big(try Protocol.indexValue(v))!
    }

    /// Kinderman and Monahan's ratio method (`normalvariate`).
    static func normal(_ st: State, _ mu: Double, _ sigma: Double) -> Double {
        let magic = 4 * Foundation.exp(-0.5) / 2.0.squareRoot()
        var z = 0.0
        while true {
            let u1 = st.mt.random()
            let u2 = 1.0 - st.mt.random()
            z = magic * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -Foundation.log(u2) { break }
        }
        return mu + z * sigma
    }

    static func gamma(_ st: State, _ alpha: Double, _ beta: Double) throws(PyException) -> Double {
        if alpha <= 0 || beta <= 0 { throw .valueError("gammavariate: alpha and beta must be > 0.0") }
        if alpha > 1 {
            let ainv = (2.0 * alpha - 1.0).squareRoot()
            let bbb = alpha - Foundation.log(4.0)
            let ccc = alpha + ainv
            let sgMagic = 1.0 + Foundation.log(4.5)
            while true {
                let u1 = st.mt.random()
                if !(1e-7 < u1 && u1 < 0.9999999) { continue }
                let u2 = 1.0 - st.mt.random()
                let v = Foundation.log(u1 / (1.0 - u1)) / ainv
                let x = alpha * Foundation.exp(v)
                let z = u1 * u1 * u2
                let r = bbb + ccc * v - x
                if r + sgMagic - 4.5 * z >= 0.0 || r >= Foundation.log(z) { return x * beta }
            }
        }
        if alpha == 1 { return -Foundation.log(1.0 - st.mt.random()) * beta }
        var x = 0.0
        while true {
            let u = st.mt.random()
            let b = (M_E + alpha) / M_E
            let p = b * u
            x = p <= 1.0 ? Foundation.pow(p, 1.0 / alpha) : -Foundation.log((b - p) / alpha)
            let u1 = st.mt.random()
            if p > 1.0 {
                if u1 <= Foundation.pow(x, alpha - 1.0) { break }
            } else if u1 <= Foundation.exp(-x) {
                break
            }
        }
        return x * beta
    }

    static func sample(_ st: State, _ population: PyValue, _ kv: PyValue) throws(PyException) -> PyValue {
        if population.object is PyDict || population.type === Types.set || population.type === Types.frozenset {
            throw .typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        let n = try length(population)
        let k = try Protocol.index(kv)
        if !(0 <= k && k <= n) { throw .valueError("Sample larger than population or is negative") }
        var result = [PyValue](repeating: .none, count: k)
        var setsize = 21
        if k > 5 {
            setsize += Int(Foundation.pow(4.0, Foundation.ceil(Foundation.log(Double(k * 3)) / Foundation.log(4.0))))
        }
        if n <= setsize {
            var pool = try elements(population)
            for i in 0..<k {
                let j = st.mt.below(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for i in 0..<k {
                var j = st.mt.below(n)
                while selected.contains(j) { j = st.mt.below(n) }
                selected.insert(j)
                result[i] = try item(population, j)
            }
        }
        return .object(PyList(result))
    }

    static func choices(_ st: State, _ population: PyValue, weights: PyValue?, cumWeights: PyValue?,
                        k kv: PyValue?) throws(PyException) -> PyValue {
        let n = try length(population)
        let k = try kv.map { (v) throws(PyException) -> Int in try Protocol.index(v) } ?? 1
        var out: [PyValue] = []
        var cum: [Double]
        if cumWeights == nil || cumWeights!.isNone {
            guard let weights, !weights.isNone else {
                let nf = Double(n)
                for _ in 0..<Swift.max(0, k) {
                    out.append(try item(population, Int((st.mt.random() * nf).rounded(.down))))
                }
                return .object(PyList(out))
            }
            cum = []
            var total = 0.0
            for w in try Protocol.toArray(weights) {
                total += try MathModule.real(w)
                cum.append(total)
            }
        } else {
            if let weights, !weights.isNone {
                throw .typeError("Cannot specify both weights and cumulative weights")
            }
            cum = []
            for w in try Protocol.toArray(cumWeights!) { cum.append(try MathModule.real(w)) }
        }
        if cum.count != n { throw .valueError("The number of weights does not match the population") }
        let total = cum.last ?? 0
        if total <= 0 { throw .valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw .valueError("Total of weights must be finite") }
        let hi = n - 1
        for _ in 0..<Swift.max(0, k) {
            let x = st.mt.random() * total
            // bisect_right(cum, x, 0, hi)
            var lo = 0, h = hi
            while lo < h {
                let mid = (lo + h) / 2
                if x < cum[mid] { h = mid } else { lo = mid + 1 }
            }
            out.append(try item(population, lo))
        }
        return .object(PyList(out))
    }

    // MARK: Sequence access

    static func length(_ v: PyValue) throws(PyException) -> Int {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements.count }
            if let t = o as? PyTuple { return t.elements.count }
            if let s = o as? PyStr { return s.count }
        }
        guard let m = v.type.lookup(Names.__len__) else {
            throw .typeError("object of type '\(v.type.name)' has no len()")
        }
        return try Protocol.index(Protocol.callMethod(m, self: v, []))
    }

    static func item(_ v: PyValue, _ i: Int) throws(PyException) -> PyValue {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements[i] }
            if let t = o as? PyTuple { return t.elements[i] }
            if let s = o as? PyStr { return .object(StrOps.character(s.scalar(at: i))) }
        }
        return try StrFormat.getItem(v, .int(i))
    }

    static func elements(_ v: PyValue) throws(PyException) -> [PyValue] {
        if case .object(let s as PyStr) = v { return s.scalars.map { .object(StrOps.character($0)) } }
        return try Protocol.toArray(v)
    }
}

extension MersenneTwister {
    /// Seeds from a byte string read as one big-endian unsigned int (`random.seed(str)`).
    func seed(fromBytes bytes: [UInt8]) {
        var n = BigUInt(0)
        for b in bytes { n = (n << 8) | BigUInt(b) }
        seed(BigInt(n))
    }
}
