/// `list.sort` and `sorted`: CPython's adaptive, stable, natural merge sort (Objects/listobject.c
/// and Objects/listsort.txt, 3.11: runs found by `count_run`, short runs extended by binary
/// insertion to `minrun`, merged by the powersort strategy with galloping).
///
/// Following the same algorithm step for step makes the comparisons happen in CPython's order,
/// so a comparison that raises (`'<' not supported between instances of 'str' and 'int'`) raises
/// for the same pair, and a failed sort leaves the same permutation behind. Only `<` is used.

/// The keys of one sort, with unboxed copies made by the pre-sort check for the homogeneous
/// cases (CPython's `unsafe_long_compare`, `unsafe_float_compare`, `unsafe_latin_compare`,
/// `unsafe_tuple_compare`): comparing two entries of `ints` touches no object at all. The storage
/// is raw memory so that a comparison retains nothing (a Swift array read retains its buffer).
final class SortKeys {
    let count: Int
    let values: UnsafeMutablePointer<PyValue>
    private(set) var ints: UnsafeMutablePointer<Int>?
    private(set) var doubles: UnsafeMutablePointer<Double>?
    /// str keys: all UTF-8 bytes back to back, with each key's start and length.
    private(set) var bytes: UnsafeMutablePointer<UInt8>?
    private(set) var starts: UnsafeMutablePointer<Int>?
    private(set) var lengths: UnsafeMutablePointer<Int>?

    init(_ keys: [PyValue]) {
        count = keys.count
        values = .allocate(capacity: count)
        values.initialize(from: keys, count: count)
    }

    deinit {
        values.deinitialize(count: count)
        values.deallocate()
        ints?.deallocate()
        doubles?.deallocate()
        bytes?.deallocate()
        starts?.deallocate()
        lengths?.deallocate()
    }

    func setInts(_ xs: [Int]) {
        ints = .allocate(capacity: count)
        ints!.initialize(from: xs, count: count)
    }

    func setDoubles(_ xs: [Double]) {
        doubles = .allocate(capacity: count)
        doubles!.initialize(from: xs, count: count)
    }

    func setStrings(_ xs: [String]) {
        let total = xs.reduce(0) { $0 + $1.utf8.count }
        bytes = .allocate(capacity: max(total, 1))
        starts = .allocate(capacity: count)
        lengths = .allocate(capacity: count)
        var at = 0
        for (i, s) in xs.enumerated() {
            starts![i] = at
            var s = s
            s.withUTF8 { (b) in
                if let base = b.baseAddress { (bytes! + at).initialize(from: base, count: b.count) }
                lengths![i] = b.count
                at += b.count
            }
        }
    }

    /// Tuples of ints: all items back to back in `ints`, with each key's start and length.
    func setIntTuples(_ xs: [[Int]]) {
        let total = xs.reduce(0) { $0 + $1.count }
        ints = .allocate(capacity: Swift.max(total, 1))
        starts = .allocate(capacity: count)
        lengths = .allocate(capacity: count)
        var at = 0
        for (i, t) in xs.enumerated() {
            starts![i] = at
            lengths![i] = t.count
            (ints! + at).initialize(from: t, count: t.count)
            at += t.count
        }
    }

    /// Lexicographic order of the int-tuple keys `i` and `j`.
    @inline(__always) func intTupleLess(_ i: Int, _ j: Int) -> Bool {
        let (a, b) = (ints! + starts![i], ints! + starts![j])
        let (n, m) = (lengths![i], lengths![j])
        var k = 0
        let limit = Swift.min(n, m)
        while k < limit {
            let (c, d) = (a[k], b[k])
            if c != d { return c < d }
            k += 1
        }
        return n < m
    }

    /// Code-point order of the str keys `i` and `j` (UTF-8 byte order).
    @inline(__always) func strLess(_ i: Int, _ j: Int) -> Bool {
        let (a, b) = (bytes! + starts![i], bytes! + starts![j])
        let (n, m) = (lengths![i], lengths![j])
        var k = 0
        let limit = Swift.min(n, m)
        while k < limit {
            let (c, d) = (a[k], b[k])
            if c != d { return c < d }
            k += 1
        }
        return n < m
    }
}

/// The `<` a sort uses, between the keys at two indices; specialised per homogeneous kind.
protocol SortOrder {
    static func less(_ k: SortKeys, _ i: Int, _ j: Int) throws(PyException) -> Bool
}

enum AnyOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        try Compare.less(k.values[i], k.values[j])
    }
}

enum IntOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        k.ints![i] < k.ints![j]
    }
}

enum FloatOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        k.doubles![i] < k.doubles![j]
    }
}

enum StrOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        k.strLess(i, j)
    }
}

/// Tuples of ints only: compared item by item in raw memory.
enum IntTupleOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        k.intTupleLess(i, j)
    }
}

/// Tuples whose first items are all ints: those decide unless equal (`ints` holds them).
enum IntFirstTupleOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        let (a, b) = (k.ints![i], k.ints![j])
        if a != b { return a < b }
        return try tupleRest(k, i, j)
    }

    /// First items equal: compare from the second item on.
    private static func tupleRest(_ k: SortKeys, _ i: Int, _ j: Int) throws(PyException) -> Bool {
        guard case .object(let x) = k.values[i], case .object(let y) = k.values[j] else {
            return false
        }
        return try Compare.tupleLess(x.unchecked(PyTuple.self), y.unchecked(PyTuple.self))
    }
}

enum TupleOrder: SortOrder {
    @inline(__always) static func less(
        _ k: SortKeys, _ i: Int, _ j: Int
    ) throws(PyException) -> Bool {
        guard case .object(let x) = k.values[i], case .object(let y) = k.values[j] else {
            return false
        }
        return try Compare.tupleLess(x.unchecked(PyTuple.self), y.unchecked(PyTuple.self))
    }
}

/// The entry points used by `list.sort`, `sorted`, and anything else that sorts.
enum Sorting {
    /// Sorts `items` stably by `key` (nil: the items themselves), ascending or reversed, the way
    /// `list.sort` does. On a throw, `items` holds a permutation of the input (or, when the key
    /// function raised, the input unchanged).
    ///
    /// - Complexity: O(n log n) comparisons, O(n) on runs already in order.
    static func sort(_ items: inout [PyValue], key: PyValue?, reverse: Bool) throws(PyException) {
        let n = items.count
        if n < 2 { return }
        var keys: [PyValue]
        var withValues = false
        if let key, !key.isNone {
            keys = []
            keys.reserveCapacity(n)
            for x in items { keys.append(try Protocol.call(key, [x])) }
            withValues = true
        } else {
            keys = items
        }
        if reverse {
            keys.reverse()
            if withValues { items.reverse() }
        }
        defer { if reverse { items.reverse() } }

        // Pre-sort check (CPython's unsafe_*_compare selection): homogeneous keys get unboxed.
        let k = SortKeys(keys)
        let isInt: (PyValue) -> Bool = { if case .int = $0 { return true } else { return false } }
        let isFloat: (PyValue) -> Bool = {
            if case .float = $0 { return true } else { return false }
        }
        let isStr: (PyValue) -> Bool = { $0.type === Types.str }
        let isTuple: (PyValue) -> Bool = { $0.type === Types.tuple }
        switch keys[0] {
        case .int where keys.allSatisfy(isInt):
            if !withValues {
                // Equal ints are indistinguishable, so stability does not matter here.
                var raw = keys.map { $0.intOrBool }
                raw.sort()
                for i in 0..<n { items[i] = .int(raw[i]) }
                return
            }
            k.setInts(keys.map { $0.intOrBool })
            try run(TimSort<IntOrder>.self, &items, k, withValues)
        case .float where keys.allSatisfy(isFloat):
            k.setDoubles(keys.map { if case .float(let d) = $0 { return d } else { return 0 } })
            try run(TimSort<FloatOrder>.self, &items, k, withValues)
        case .object(let o) where o.type === Types.str && keys.allSatisfy(isStr):
            k.setStrings(keys.map { ($0.object as! PyStr).value })
            try run(TimSort<StrOrder>.self, &items, k, withValues)
        case .object(let o) where o.type === Types.tuple && keys.allSatisfy(isTuple):
            let tuples = keys.map { ($0.object as! PyTuple).elements }
            if tuples.allSatisfy({ $0.allSatisfy(isInt) }) {
                k.setIntTuples(tuples.map { $0.map { $0.intOrBool } })
                try run(TimSort<IntTupleOrder>.self, &items, k, withValues)
                return
            }
            let firsts = tuples.map { $0.first }
            if firsts.allSatisfy({ if case .int = $0 { return true } else { return false } }) {
                k.setInts(firsts.map { $0!.intOrBool })
                try run(TimSort<IntFirstTupleOrder>.self, &items, k, withValues)
            } else {
                try run(TimSort<TupleOrder>.self, &items, k, withValues)
            }
        default:
            try run(TimSort<AnyOrder>.self, &items, k, withValues)
        }
    }

    private static func run<O: SortOrder>(_: TimSort<O>.Type, _ items: inout [PyValue],
                                          _ keys: SortKeys,
                                          _ withValues: Bool) throws(PyException) {
        var sorter = TimSort<O>(keys: keys)
        defer { sorter.deallocate() }
        var failure: PyException?
        do throws(PyException) {
            try sorter.run()
        } catch {
            failure = error
        }
        // Apply the permutation (complete, or as far as a failed sort got).
        var out: [PyValue] = []
        out.reserveCapacity(keys.count)
        if withValues {
            for i in 0..<keys.count { out.append(items[sorter.order[i]]) }
        } else {
            for i in 0..<keys.count { out.append(keys.values[sorter.order[i]]) }
        }
        items = out
        if let failure { throw failure }
    }
}
