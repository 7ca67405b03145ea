import Foundation
import PyRuntime

/// `numpy.random`: the legacy `RandomState` functions over one global `LegacyRandom` stream.
/// Each draws in the order NumPy's `mtrand` does, so a seeded program prints NumPy's numbers.
extension NumPy {
    static func makeRandomModule() -> PyModule {
        let m = PyModule(name: "numpy.random")
        let rng = LegacyRandom()
        function(m, "seed") { (a) throws(PyException) -> PyValue in
            let seed = a.count > 0 ? try Protocol.index(a[0]) : 5489
            guard seed >= 0 && seed <= 0xFFFF_FFFF else {
                throw .valueError("Seed must be between 0 and 2**32 - 1")
            }
            rng.seed(UInt32(seed))
            return .none
        }
        func sizeArgument(_ v: PyValue?) throws(PyException) -> [Int]? {
            guard let v, !v.isNone else { return nil }
            return try ArrayCreation.shape(v)
        }
        func dimensions(_ a: Arguments) throws(PyException) -> [Int]? {
            let dims = try a.values[0..<a.count].map { (v) throws(PyException) -> Int in try Protocol.index(v) }
            return dims.isEmpty ? nil : dims
        }
        for name in ["random", "random_sample", "sample"] {
            function(m, name) { (a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["size"], required: 0)
                return try continuous([], size: try sizeArgument(b[0])) { _ in rng.double() }
            }
        }
        function(m, "rand") { (a) throws(PyException) -> PyValue in
            try continuous([], size: try dimensions(a)) { _ in rng.double() }
        }
        function(m, "randn") { (a) throws(PyException) -> PyValue in
            try continuous([], size: try dimensions(a)) { _ in rng.standardNormal() }
        }
        function(m, "standard_normal") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("standard_normal", ["size"], required: 0)
            return try continuous([], size: try sizeArgument(b[0])) { _ in rng.standardNormal() }
        }
        function(m, "normal") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("normal", ["loc", "scale", "size"], required: 0)
            return try continuous([b[0] ?? .float(0), b[1] ?? .float(1)], size: try sizeArgument(b[2]),
                                  check: { (p) throws(PyException) in if p[1] < 0 { throw .valueError("scale < 0") } }) {
                $0[0] + $0[1] * rng.standardNormal()
            }
        }
        function(m, "uniform") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("uniform", ["low", "high", "size"], required: 0)
            return try continuous([b[0] ?? .float(0), b[1] ?? .float(1)], size: try sizeArgument(b[2]),
                                  check: { (p) throws(PyException) in
                                      if !(p[1] - p[0]).isFinite { throw PyException(Types.overflowError, "Range exceeds valid bounds") }
                                  }) {
                $0[0] + ($0[1] - $0[0]) * rng.double()
            }
        }
        function(m, "randint") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("randint", ["low", "high", "size", "dtype"], required: 1)
            return try randint(rng, low: b[0]!, high: b[1], size: try sizeArgument(b[2]), dtype: b[3])
        }
        func permutation(_ n: Int) -> [Int] {
            var items = Array(0..<n)
            var i = n - 1
            while i > 0 {
                items.swapAt(i, Int(rng.interval(UInt64(i))))
                i -= 1
            }
            return items
        }
        function(m, "shuffle") { (a) throws(PyException) -> PyValue in
            guard a.count == 1 else { throw .typeError("shuffle() takes exactly 1 argument") }
            try shuffle(rng, a[0])
            return .none
        }
        function(m, "permutation") { (a) throws(PyException) -> PyValue in
            guard a.count == 1 else { throw .typeError("permutation() takes exactly 1 argument") }
            if case .int(let n) = a[0] {
                return .object(make(permutation(n).map(Double.init), dtype: .int64, shape: [n]))
            }
            let x = ArrayCreation.copy(try asArray(a[0]))
            let order = permutation(x.shape.first ?? 0)
            return try Indexing.get(x, .object(make(order.map(Double.init), dtype: .int64, shape: [order.count])))
        }
        function(m, "choice") { (a) throws(PyException) -> PyValue in
            let b = try a.bind("choice", ["a", "size", "replace", "p"], required: 1)
            let fromRange: Bool
            let population: PyNDArray
            if case .int(let n) = b[0]! {
                if n <= 0 { throw .valueError("a must be greater than 0 unless no samples are taken") }
                fromRange = true
                population = try ArrayCreation.arange([.int(n)], dtype: nil)
            } else {
                fromRange = false
                population = try asArray(b[0]!)
                if population.ndim != 1 { throw .valueError("a must be 1-dimensional") }
            }
            let n = population.size
            if n == 0 { throw .valueError("a cannot be empty unless no samples are taken") }
            let weights = try b[3].flatMap { (p) throws(PyException) -> [Double]? in
                p.isNone ? nil : try probabilities(p, count: n)
            }
            let replace = try b[2].map { (v) throws(PyException) -> Bool in try Protocol.isTrue(v) } ?? true
            let shape = try sizeArgument(b[1])
            let count = shape?.reduce(1, *) ?? 1
            var picks: [Int]
            switch (replace, weights) {
            case (true, nil):
                picks = rng.bounded(count, max: UInt64(n - 1), bits: 64).map { Int($0) }
            case (true, let p?):
                let cdf = cumulative(p)
                picks = (0..<count).map { _ in searchRight(cdf, rng.double()) }
            case (false, nil):
                guard count <= n else { throw .valueError("Cannot take a larger sample than population when 'replace=False'") }
                picks = Array(permutation(n).prefix(count))
            case (false, var p?):
                guard count <= n else { throw .valueError("Cannot take a larger sample than population when 'replace=False'") }
                guard p.filter({ $0 > 0 }).count >= count else { throw .valueError("Fewer non-zero entries in p than size") }
                // NumPy's loop: draw for the places still open, zero the weights already taken,
                // keep each new index the first time it appears.
                picks = []
                while picks.count < count {
                    let draws = (0..<(count - picks.count)).map { _ in rng.double() }
                    for i in picks { p[i] = 0 }
                    let cdf = cumulative(p)
                    var seen = Set<Int>()
                    for u in draws {
                        let k = searchRight(cdf, u)
                        if seen.insert(k).inserted { picks.append(k) }
                    }
                }
            }
            guard let shape else {
                // One draw: an index into a range is a Python int, an element keeps its type.
                return fromRange ? .int(picks[0]) : try Indexing.get(population, .int(picks[0]))
            }
            return try Indexing.get(population, .object(make(picks.map(Double.init), dtype: .int64, shape: shape)))
        }
        return m
    }

    /// NumPy's `cont`: draws from a distribution whose parameters may be arrays. Scalar
    /// parameters and no size give a Python float; otherwise there is one draw per element of
    /// `size` (or of the parameters' broadcast shape), in C order.
    private static func continuous(_ parameters: [PyValue], size: [Int]?,
                                   check: ([Double]) throws(PyException) -> Void = { _ in },
                                   _ draw: ([Double]) -> Double) throws(PyException) -> PyValue {
        let arrays = try parameters.map { (v) throws(PyException) -> PyNDArray in
            try ArrayCreation.array(v, dtype: .float64)
        }
        if arrays.allSatisfy({ $0.ndim == 0 }) {
            let values = arrays.map { $0.double(at: $0.data) }
            try check(values)
            guard let size else { return .float(draw(values)) }
            let r = PyNDArray(dtype: .float64, shape: size)
            let out = r.data.assumingMemoryBound(to: Double.self)
            for i in 0..<r.size { out[i] = draw(values) }
            return .object(r)
        }
        let shapes = arrays.map(\.shape)
        let shape = try Broadcasting.shape(shapes)
        if let size {
            for (i, s) in shapes.enumerated() where (try? Broadcasting.shape([size, s])) != size {
                throw .valueError("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape \(ArrayPrinter.shapeRepr(size)) and arg \(i + 1) with shape \(ArrayPrinter.shapeRepr(s)).")
            }
        }
        var failure: PyException?
        Broadcasting.forEach(arrays, shape: shape) { pointers in
            if failure == nil {
                do throws(PyException) { try check(pointers.indices.map { arrays[$0].double(at: pointers[$0]) }) }
                catch { failure = error }
            }
        }
        if let failure { throw failure }
        let r = PyNDArray(dtype: .float64, shape: size ?? shape)
        var out = r.data.assumingMemoryBound(to: Double.self)
        Broadcasting.forEach(arrays, shape: r.shape) { pointers in
            out.pointee = draw(pointers.indices.map { arrays[$0].double(at: pointers[$0]) })
            out += 1
        }
        return .object(r)
    }

    /// Legacy `randint(low, high=None, size=None, dtype=int)` with NumPy's bound checks; one
    /// draw is a Python int (or bool) for `int` and `bool`, a NumPy scalar for NumPy dtypes.
    private static func randint(_ rng: LegacyRandom, low lowArgument: PyValue, high highArgument: PyValue?,
                                size: [Int]?, dtype dtypeArgument: PyValue?) throws(PyException) -> PyValue {
        let dtype = try ArrayCreation.dtype(dtypeArgument) ?? .int64
        guard let bounds = dtype.integerRange else { throw .typeError("Unsupported dtype dtype('\(dtype.name)') for randint") }
        var low = try Protocol.index(lowArgument)
        var high: Int
        if let h = highArgument, !h.isNone {
            high = try Protocol.index(h)
        } else {
            high = low
            low = 0
            if high <= 0 { throw .valueError("high <= 0") }
        }
        if low < bounds.lowerBound { throw .valueError("low is out of bounds for \(dtype.name)") }
        if high - 1 > bounds.upperBound { throw .valueError("high is out of bounds for \(dtype.name)") }
        if low >= high { throw .valueError("low >= high") }
        let range = UInt64(bitPattern: Int64(high &- low &- 1))
        let draws = rng.bounded(size?.reduce(1, *) ?? 1, max: range, bits: dtype == .bool ? 1 : dtype.itemsize * 8)
        guard let size else {
            let value = low &+ Int(bitPattern: UInt(draws[0]))
            let pythonType = dtypeArgument.map { v -> Bool in
                if case .object(let o) = v { return o === Types.int || o === Types.bool }
                return false
            } ?? true
            if pythonType { return dtype == .bool ? .bool(value != 0) : .int(value) }
            return .object(PyNumPyScalar(dtype, double: Double(value), integer: value))
        }
        let r = PyNDArray(dtype: dtype, shape: size)
        var p = r.data
        for d in draws {
            r.store(integer: low &+ Int(bitPattern: UInt(d)), at: p)
            p += dtype.itemsize
        }
        return .object(r)
    }

    /// Legacy `shuffle`: Fisher-Yates from the end, on a list in place or on an array's first axis.
    private static func shuffle(_ rng: LegacyRandom, _ target: PyValue) throws(PyException) {
        if case .object(let o) = target, let l = o as? PyList {
            var i = l.elements.count - 1
            while i > 0 {
                l.elements.swapAt(i, Int(rng.interval(UInt64(i))))
                i -= 1
            }
            return
        }
        let x = try asArray(target)
        guard x.ndim >= 1 else { throw .typeError("shuffle needs an array") }
        var i = x.shape[0] - 1
        let rowBytes = x.ndim == 1 ? x.dtype.itemsize : 0
        while i > 0 {
            let j = Int(rng.interval(UInt64(i)))
            if i != j {
                if rowBytes > 0 {
                    let pi = x.address([i]), pj = x.address([j])
                    var tmp = [UInt8](repeating: 0, count: rowBytes)
                    tmp.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: pi, byteCount: rowBytes) }
                    pi.copyMemory(from: pj, byteCount: rowBytes)
                    tmp.withUnsafeBytes { pj.copyMemory(from: $0.baseAddress!, byteCount: rowBytes) }
                } else {
                    let rowI = try Indexing.get(x, .int(i)), rowJ = try Indexing.get(x, .int(j))
                    let saved = ArrayCreation.copy(rowI.object as! PyNDArray)
                    try Indexing.set(x, .int(i), rowJ)
                    try Indexing.set(x, .int(j), .object(saved))
                }
            }
            i -= 1
        }
    }

    /// `choice`'s `p=`: one non-negative weight per element, summing to 1 within sqrt(eps).
    private static func probabilities(_ v: PyValue, count: Int) throws(PyException) -> [Double] {
        let p = try ArrayCreation.array(v, dtype: .float64)
        if p.ndim != 1 { throw .valueError("'p' must be 1-dimensional") }
        if p.size != count { throw .valueError("'a' and 'p' must have same size") }
        let weights = values(p)
        // NumPy adds them with Kahan's compensated sum.
        var sum = 0.0, carry = 0.0
        for w in weights {
            let y = w - carry, t = sum + y
            carry = (t - sum) - y
            sum = t
        }
        if sum.isNaN { throw .valueError("probabilities contain NaN") }
        if weights.contains(where: { $0 < 0 }) { throw .valueError("probabilities are not non-negative") }
        if abs(sum - 1) > Double.ulpOfOne.squareRoot() { throw .valueError("probabilities do not sum to 1") }
        return weights
    }

    /// `p.cumsum()` scaled so its last entry is 1, as `choice` builds it.
    private static func cumulative(_ p: [Double]) -> [Double] {
        var total = 0.0
        let sums = p.map { total += $0; return total }
        return sums.map { $0 / total }
    }

    /// `searchsorted(side='right')`: the first index whose entry exceeds `x`.
    private static func searchRight(_ sorted: [Double], _ x: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
