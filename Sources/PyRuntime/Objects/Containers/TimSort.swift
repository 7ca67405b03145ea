/// The merge machinery of `list.sort` (Objects/listobject.c, 3.11), step for step: `count_run`,
/// `binarysort`, `gallop_left`/`gallop_right`, `merge_lo`/`merge_hi`, `merge_at`, and the
/// powersort merge policy (`powerloop`, `found_new_run`). See Sort.swift for the entry points and
/// the key kinds it compares.

/// One merge sort of `keys`. It permutes `order`, an array of indices into the immutable `keys`,
/// rather than the values themselves: moving an index costs no reference counting, moving a
/// `PyValue` costs a retain and a release. On a throw, `order` is a permutation of the indices,
/// as CPython leaves its list a permutation of the input.
struct TimSort<Order: SortOrder> {
    let keys: SortKeys
    /// Key indices in their current order (raw memory: moves and reads retain nothing).
    let order: UnsafeMutablePointer<Int>
    private let tmp: UnsafeMutablePointer<Int>
    private var minGallop = 7
    private var pending: [(base: Int, len: Int, power: Int)] = []

    private static var minGallopInit: Int { 7 }

    init(keys: SortKeys) {
        self.keys = keys
        order = .allocate(capacity: keys.count)
        for i in 0..<keys.count { (order + i).initialize(to: i) }
        tmp = .allocate(capacity: Swift.max(keys.count, 1))
    }

    /// Frees the index buffers (the sort is a struct; its owner calls this once).
    func deallocate() {
        order.deallocate()
        tmp.deallocate()
    }

    /// `keys[i] < keys[j]` for key indices.
    @inline(__always) private func less(_ i: Int, _ j: Int) throws(PyException) -> Bool {
        try Order.less(keys, i, j)
    }

    // MARK: Moves

    @inline(__always) private mutating func move(_ dst: Int, _ src: Int) { order[dst] = order[src] }

    @inline(__always) private mutating func fromTemp(_ dst: Int, _ src: Int) {
        order[dst] = tmp[src]
    }

    /// `memmove` within `order`, safe for overlap.
    private mutating func moveRange(to dst: Int, from src: Int, count n: Int) {
        if n <= 0 || dst == src { return }
        if dst < src {
            for i in 0..<n { order[dst + i] = order[src + i] }
        } else {
            for i in stride(from: n - 1, through: 0, by: -1) { order[dst + i] = order[src + i] }
        }
    }

    private mutating func fromTempRange(to dst: Int, from src: Int, count n: Int) {
        for i in 0..<max(n, 0) { order[dst + i] = tmp[src + i] }
    }

    private mutating func toTemp(from src: Int, count n: Int) {
        tmp.update(from: order + src, count: n)
    }

    private mutating func reverse(_ lo: Int, _ hi: Int) {
        var (i, j) = (lo, hi - 1)
        while i < j {
            (order[i], order[j]) = (order[j], order[i])
            i += 1
            j -= 1
        }
    }

    // MARK: Runs

    /// `binarysort`: sorts `[lo, hi)` given that `[lo, start)` is already sorted.
    private mutating func binarySort(_ lo: Int, _ hi: Int, _ start: Int) throws(PyException) {
        var start = start
        if start == lo { start += 1 }
        while start < hi {
            var l = lo, r = start
            let pivotIndex = order[r]
            repeat {
                let p = l + ((r - l) >> 1)
                if try less(pivotIndex, order[p]) { r = p } else { l = p + 1 }
            } while l < r
            // Slide [l, start) one to the right and drop the pivot at l.
            var p = start
            while p > l {
                move(p, p - 1)
                p -= 1
            }
            order[l] = pivotIndex
            start += 1
        }
    }

    /// `count_run`: the length of the run at `lo` (non-descending, or strictly descending).
    private func countRun(_ lo: Int, _ hi: Int) throws(PyException) -> (Int, Bool) {
        var i = lo + 1
        if i == hi { return (1, false) }
        var n = 2
        if try less(order[i], order[i - 1]) {
            i += 1
            while i < hi {
                if try !less(order[i], order[i - 1]) { break }
                i += 1
                n += 1
            }
            return (n, true)
        }
        i += 1
        while i < hi {
            if try less(order[i], order[i - 1]) { break }
            i += 1
            n += 1
        }
        return (n, false)
    }

    // MARK: Galloping

    /// The key index at position `i` of the temp array or of `order`.
    @inline(__always) private func at(_ inTemp: Bool, _ i: Int) -> Int {
        inTemp ? tmp[i] : order[i]
    }

    /// `gallop_left`: where `key` goes in the sorted `a[base..<base+n]`, left of equal items.
    private func gallopLeft(
        _ key: Int, temp: Bool, base: Int, n: Int, hint: Int
    ) throws(PyException) -> Int {
        var lastofs = 0, ofs = 1
        let a = base + hint
        if try less(at(temp, a), key) {
            // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
            let maxofs = n - hint
            while ofs < maxofs {
                if try less(at(temp, a + ofs), key) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        } else {
            // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
            let maxofs = hint + 1
            while ofs < maxofs {
                if try less(at(temp, a - ofs), key) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try less(at(temp, base + m), key) { lastofs = m + 1 } else { ofs = m }
        }
        return ofs
    }

    /// `gallop_right`: like `gallopLeft` but right of equal items.
    private func gallopRight(
        _ key: Int, temp: Bool, base: Int, n: Int, hint: Int
    ) throws(PyException) -> Int {
        var lastofs = 0, ofs = 1
        let a = base + hint
        if try less(key, at(temp, a)) {
            let maxofs = hint + 1
            while ofs < maxofs {
                if try less(key, at(temp, a - ofs)) {
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                } else {
                    break
                }
            }
            if ofs > maxofs { ofs = maxofs }
            let k = lastofs
            lastofs = hint - ofs
            ofs = hint - k
        } else {
            let maxofs = n - hint
            while ofs < maxofs {
                if try less(key, at(temp, a + ofs)) { break }
                lastofs = ofs
                ofs = (ofs << 1) + 1
            }
            if ofs > maxofs { ofs = maxofs }
            lastofs += hint
            ofs += hint
        }
        lastofs += 1
        while lastofs < ofs {
            let m = lastofs + ((ofs - lastofs) >> 1)
            if try less(key, at(temp, base + m)) { ofs = m } else { lastofs = m + 1 }
        }
        return ofs
    }

    // MARK: Merging

    /// `merge_lo`: merges `[a, a+na)` and `[a+na, a+na+nb)` with `na <= nb`, A copied to temp.
    private mutating func mergeLo(_ a: Int, _ na: Int, _ b: Int, _ nb: Int) throws(PyException) {
        var na = na, nb = nb
        toTemp(from: a, count: na)
        var dest = a, pa = 0, pb = b
        var failure: PyException?
        move(dest, pb); dest += 1; pb += 1; nb -= 1
        merge: do {
            if nb == 0 { break merge }
            if na == 1 {
                // CopyB: the last element of A belongs at the end of the merge.
                moveRange(to: dest, from: pb, count: nb)
                fromTemp(dest + nb, pa)
                return
            }
            var minGallop = self.minGallop
            outer: while true {
                var acount = 0, bcount = 0
                // Straightforward merging until one run wins consistently.
                while true {
                    let bWins: Bool
                    do throws(PyException) {
                        bWins = try less(order[pb], tmp[pa])
                    } catch {
                        failure = error
                        break outer
                    }
                    if bWins {
                        move(dest, pb); dest += 1; pb += 1
                        bcount += 1; acount = 0; nb -= 1
                        if nb == 0 { break outer }
                        if bcount >= minGallop { break }
                    } else {
                        fromTemp(dest, pa); dest += 1; pa += 1
                        acount += 1; bcount = 0; na -= 1
                        if na == 1 { break outer }
                        if acount >= minGallop { break }
                    }
                }
                // Galloping mode.
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k: Int
                    do throws(PyException) {
                        k = try gallopRight(order[pb], temp: true, base: pa, n: na, hint: 0)
                    } catch {
                        failure = error
                        break outer
                    }
                    acount = k
                    if k > 0 {
                        fromTempRange(to: dest, from: pa, count: k)
                        dest += k; pa += k; na -= k
                        if na == 1 || na == 0 { break outer }
                    }
                    move(dest, pb); dest += 1; pb += 1; nb -= 1
                    if nb == 0 { break outer }

                    do throws(PyException) {
                        k = try gallopLeft(tmp[pa], temp: false, base: pb, n: nb, hint: 0)
                    } catch {
                        failure = error
                        break outer
                    }
                    bcount = k
                    if k > 0 {
                        moveRange(to: dest, from: pb, count: k)
                        dest += k; pb += k; nb -= k
                        if nb == 0 { break outer }
                    }
                    fromTemp(dest, pa); dest += 1; pa += 1; na -= 1
                    if na == 1 { break outer }
                } while acount >= Self.minGallopInit || bcount >= Self.minGallopInit
                minGallop += 1
                self.minGallop = minGallop
            }
            if failure == nil && na == 1 && nb > 0 {
                moveRange(to: dest, from: pb, count: nb)
                fromTemp(dest + nb, pa)
                return
            }
        }
        // Succeed or Fail: whatever is left of A goes back in place.
        if na > 0 { fromTempRange(to: dest, from: pa, count: na) }
        if let failure { throw failure }
    }

    /// `merge_hi`: merges with `na >= nb`, B copied to temp, working from the right.
    private mutating func mergeHi(_ a: Int, _ na: Int, _ b: Int, _ nb: Int) throws(PyException) {
        var na = na, nb = nb
        toTemp(from: b, count: nb)
        let basea = a
        var dest = b + nb - 1, pa = a + na - 1, pb = nb - 1
        var failure: PyException?
        move(dest, pa); dest -= 1; pa -= 1; na -= 1
        func copyA(_ s: inout TimSort) {
            // CopyA: the first element of B belongs at the front of the merge.
            s.moveRange(to: dest + 1 - na, from: pa + 1 - na, count: na)
            dest -= na; pa -= na
            s.fromTemp(dest, pb)
        }
        merge: do {
            if na == 0 { break merge }
            if nb == 1 { copyA(&self); return }
            var minGallop = self.minGallop
            outer: while true {
                var acount = 0, bcount = 0
                while true {
                    let bLess: Bool
                    do throws(PyException) {
                        bLess = try less(tmp[pb], order[pa])
                    } catch {
                        failure = error
                        break outer
                    }
                    if bLess {
                        move(dest, pa); dest -= 1; pa -= 1
                        acount += 1; bcount = 0; na -= 1
                        if na == 0 { break outer }
                        if acount >= minGallop { break }
                    } else {
                        fromTemp(dest, pb); dest -= 1; pb -= 1
                        bcount += 1; acount = 0; nb -= 1
                        if nb == 1 { break outer }
                        if bcount >= minGallop { break }
                    }
                }
                minGallop += 1
                repeat {
                    minGallop -= minGallop > 1 ? 1 : 0
                    self.minGallop = minGallop
                    var k: Int
                    do throws(PyException) {
                        k = try gallopRight(tmp[pb], temp: false, base: basea, n: na, hint: na - 1)
                    } catch {
                        failure = error
                        break outer
                    }
                    k = na - k
                    acount = k
                    if k > 0 {
                        dest -= k; pa -= k
                        moveRange(to: dest + 1, from: pa + 1, count: k)
                        na -= k
                        if na == 0 { break outer }
                    }
                    fromTemp(dest, pb); dest -= 1; pb -= 1; nb -= 1
                    if nb == 1 { break outer }

                    do throws(PyException) {
                        k = try gallopLeft(order[pa], temp: true, base: 0, n: nb, hint: nb - 1)
                    } catch {
                        failure = error
                        break outer
                    }
                    k = nb - k
                    bcount = k
                    if k > 0 {
                        dest -= k; pb -= k
                        fromTempRange(to: dest + 1, from: pb + 1, count: k)
                        nb -= k
                        if nb == 1 || nb == 0 { break outer }
                    }
                    move(dest, pa); dest -= 1; pa -= 1; na -= 1
                    if na == 0 { break outer }
                } while acount >= Self.minGallopInit || bcount >= Self.minGallopInit
                minGallop += 1
                self.minGallop = minGallop
            }
            if failure == nil && nb == 1 && na > 0 { copyA(&self); return }
        }
        if nb > 0 { fromTempRange(to: dest - (nb - 1), from: 0, count: nb) }
        if let failure { throw failure }
    }

    /// `merge_at`: merges pending runs `i` and `i + 1`.
    private mutating func mergeAt(_ i: Int) throws(PyException) {
        var (a, na) = (pending[i].base, pending[i].len)
        let (b, nbFull) = (pending[i + 1].base, pending[i + 1].len)
        pending[i].len = na + nbFull
        if i == pending.count - 3 { pending[i + 1] = pending[i + 2] }
        pending.removeLast()

        // Elements of A before where B's first belongs are already in place.
        let k = try gallopRight(order[b], temp: false, base: a, n: na, hint: 0)
        a += k
        na -= k
        if na == 0 { return }
        // Elements of B after where A's last belongs are already in place.
        let nb = try gallopLeft(order[a + na - 1], temp: false, base: b, n: nbFull,
                                hint: nbFull - 1)
        if nb <= 0 { return }
        if na <= nb {
            try mergeLo(a, na, b, nb)
        } else {
            try mergeHi(a, na, b, nb)
        }
    }

    /// `powerloop`: the node depth of the boundary between two adjacent runs.
    private static func power(_ s1: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * s1 + n1
        var b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    /// `found_new_run`: powersort's merges before pushing a run of length `n2`.
    private mutating func foundNewRun(_ n2: Int) throws(PyException) {
        guard let top = pending.last else { return }
        let p = Self.power(top.base, top.len, n2, keys.count)
        while pending.count > 1 && pending[pending.count - 2].power > p {
            try mergeAt(pending.count - 2)
        }
        pending[pending.count - 1].power = p
    }

    private mutating func forceCollapse() throws(PyException) {
        while pending.count > 1 {
            var n = pending.count - 2
            if n > 0 && pending[n - 1].len < pending[n + 1].len { n -= 1 }
            try mergeAt(n)
        }
    }

    private static func minRun(_ n: Int) -> Int {
        var n = n, r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    /// Sorts in place (ascending by `<`).
    mutating func run() throws(PyException) {
        let total = keys.count
        if total < 2 { return }
        var lo = 0
        var remaining = total
        let minrun = Self.minRun(total)
        repeat {
            var (n, descending) = try countRun(lo, lo + remaining)
            if descending { reverse(lo, lo + n) }
            if n < minrun {
                let force = remaining <= minrun ? remaining : minrun
                try binarySort(lo, lo + force, lo + n)
                n = force
            }
            try foundNewRun(n)
            pending.append((lo, n, 0))
            lo += n
            remaining -= n
        } while remaining > 0
        try forceCollapse()
    }
}
