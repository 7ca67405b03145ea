import PyRuntime

/// NumPy's `add.reduce` over a whole float or complex array, to the last bit: the elements in
/// memory order (axes sorted by stride, negative strides flipped, neighbours coalesced); one
/// pairwise sum when that leaves a single dimension, otherwise NumPy's buffered loop, which
/// adds the pairwise sums of chunks of whole rows (8192 elements' worth) to a zero.
enum PairwiseSum {
    /// NumPy's iterator buffer, in elements.
    static let bufferSize = 8192

    /// A view of the same elements with its axes in memory order, as few as possible.
    static func memoryOrder(_ a: PyNDArray) -> (data: UnsafeMutableRawPointer, shape: [Int], strides: [Int]) {
        var data = a.data
        var axes: [(size: Int, stride: Int)] = []
        for (n, s) in zip(a.shape, a.strides) where n != 1 {
            if s < 0 { data += (n - 1) * s }
            axes.append((n, abs(s)))
        }
        axes.sort { $0.stride > $1.stride }
        var merged: [(size: Int, stride: Int)] = []
        for axis in axes {
            if let last = merged.last, last.stride == axis.size * axis.stride {
                merged[merged.count - 1] = (last.size * axis.size, axis.stride)
            } else {
                merged.append(axis)
            }
        }
        return (data, merged.map(\.size), merged.map(\.stride))
    }

    /// Calls `body` with each chunk's element addresses, chunk by chunk, in NumPy's order.
    /// Elements that need a cast are always buffered; a 1-D run of them in `bufferSize`
    /// pieces, longer rows whole.
    static func forEachChunk(_ a: PyNDArray, cast: Bool = false, _ body: ([UnsafeRawPointer]) -> Void) {
        let (data, shape, strides) = memoryOrder(a)
        let total = shape.reduce(1, *)
        if total == 0 { return }
        let core = shape.last ?? 1
        let chunk: Int
        if shape.count <= 1 { chunk = cast ? min(total, bufferSize) : total }
        else { chunk = max(1, bufferSize / core) * core }
        var pointers: [UnsafeRawPointer] = []
        pointers.reserveCapacity(chunk)
        let view = PyNDArray(buffer: a.buffer, data: data, dtype: a.dtype, shape: shape, strides: strides)
        try! view.forEachAddress { (p) throws(PyException) in
            pointers.append(UnsafeRawPointer(p))
            if pointers.count == chunk {
                body(pointers)
                pointers.removeAll(keepingCapacity: true)
            }
        }
        if !pointers.isEmpty { body(pointers) }
    }

    /// The sum of a float32 or float64 array, computed in its own precision.
    static func real(_ a: PyNDArray) -> Double {
        if a.dtype == .float32 {
            var total: Float = 0
            forEachChunk(a) { p in total += pairwise(p.map { $0.load(as: Float.self) }) }
            return Double(total)
        }
        if a.isCContiguous {
            return 0 + pairwise(UnsafeBufferPointer(start: a.data.assumingMemoryBound(to: Double.self), count: a.size))
        }
        var total = 0.0
        forEachChunk(a) { p in total += pairwise(p.map { a.double(at: $0) }) }
        return total
    }

    /// The float64 sum of an integer or bool array (`mean`'s and `sum(dtype=float)`'s route).
    static func converted(_ a: PyNDArray) -> Double {
        var total = 0.0
        forEachChunk(a, cast: true) { p in total += pairwise(p.map { a.double(at: $0) }) }
        return total
    }

    static func complex(_ a: PyNDArray) -> Complex {
        var re = 0.0, im = 0.0
        forEachChunk(a) { p in
            let (r, i) = pairwise(p.map { $0.load(as: Double.self) }, p.map { ($0 + 8).load(as: Double.self) })
            re += r
            im += i
        }
        return Complex(re, im)
    }

    static func pairwise<T: BinaryFloatingPoint>(_ values: [T]) -> T {
        values.withUnsafeBufferPointer { pairwise($0) }
    }

    /// NumPy's `pairwise_sum`: below 8 a plain loop, up to 128 eight accumulators, above that
    /// the halves (split at a multiple of 8) summed recursively.
    @inline(__always)
    static func pairwise<T: BinaryFloatingPoint>(_ v: UnsafeBufferPointer<T>) -> T {
        let n = v.count
        if n < 8 {
            var s: T = -0.0
            for x in v { s += x }
            return s
        }
        if n <= 128 {
            let p = v.baseAddress!
            var r0 = p[0], r1 = p[1], r2 = p[2], r3 = p[3], r4 = p[4], r5 = p[5], r6 = p[6], r7 = p[7]
            var i = 8
            while i < n - (n % 8) {
                r0 += p[i]; r1 += p[i + 1]; r2 += p[i + 2]; r3 += p[i + 3]
                r4 += p[i + 4]; r5 += p[i + 5]; r6 += p[i + 6]; r7 += p[i + 7]
                i += 8
            }
            var s = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                s += p[i]
                i += 1
            }
            return s
        }
        var half = n / 2
        half -= half % 8
        return pairwise(UnsafeBufferPointer(rebasing: v[0..<half])) + pairwise(UnsafeBufferPointer(rebasing: v[half...]))
    }

    /// NumPy's complex `pairwise_sum`, which counts real and imaginary parts as two elements:
    /// below 4 numbers a plain loop, up to 64 four accumulators, above that a split counted in
    /// parts (half of them, down to a multiple of 8).
    static func pairwise(_ re: [Double], _ im: [Double]) -> (Double, Double) {
        let m = re.count
        if m < 4 {
            var r = -0.0, i = -0.0
            for k in 0..<m { r += re[k]; i += im[k] }
            return (r, i)
        }
        if m <= 64 {
            var r = [re[0], re[1], re[2], re[3]], s = [im[0], im[1], im[2], im[3]]
            var k = 4
            while k < m - (m % 4) {
                for j in 0..<4 { r[j] += re[k + j]; s[j] += im[k + j] }
                k += 4
            }
            var tr = (r[0] + r[1]) + (r[2] + r[3]), ti = (s[0] + s[1]) + (s[2] + s[3])
            while k < m { tr += re[k]; ti += im[k]; k += 1 }
            return (tr, ti)
        }
        let half = (m - m % 8) / 2
        let a = pairwise(Array(re[..<half]), Array(im[..<half])), b = pairwise(Array(re[half...]), Array(im[half...]))
        return (a.0 + b.0, a.1 + b.1)
    }
}
