import Foundation

/// `list`'s methods and dunders (Objects/listobject.c). Everything mutates `elements` in place.
extension PyList {
    /// `l[key]`: an int (IndexError `list index out of range`), a slice (a new list), or an
    /// object with `__index__`; else `TypeError: list indices must be integers or slices, not str`.
    public func getSubscript(_ key: PyValue) throws(PyException) -> PyValue {
        if case .int(let i) = key { return try item(at: i) }
        if case .object(let o) = key, let s = o as? PySlice {
            return .object(PyList(items(in: try s.adjust(count: elements.count))))
        }
        return try item(at: Convert.subscriptIndex(key, typeName: "list"))
    }

    /// The items a slice selects.
    ///
    /// - Complexity: O(count of the slice).
    func items(in b: PySlice.Bounds) -> [PyValue] {
        if b.count <= 0 { return [] }
        if b.step == 1 { return Array(elements[b.start..<(b.start + b.count)]) }
        var out: [PyValue] = []
        out.reserveCapacity(b.count)
        var i = b.start
        for _ in 0..<b.count {
            out.append(elements[i])
            i &+= b.step
        }
        return out
    }

    /// `l[key] = value`, including slice assignment (any length for step 1, the same length for
    /// extended slices: `attempt to assign sequence of size 2 to extended slice of size 3`).
    public func setSubscript(_ key: PyValue, _ value: PyValue) throws(PyException) {
        if case .int(let i) = key { return try setItem(at: i, value) }
        guard case .object(let o) = key, let s = o as? PySlice else {
            return try setItem(at: Convert.subscriptIndex(key, typeName: "list"), value)
        }
        let (lo, hi, step) = try s.unpack()
        let b = PySlice.adjustIndices(count: elements.count, start: lo, stop: hi, step: step)
        if step == 1 {
            let seq = value.as(PyList.self) === self
                ? elements : try Convert.fastSequence(value, "can only assign an iterable")
            replace(low: b.start, high: b.stop, with: seq)
            return
        }
        let seq = value.as(PyList.self) === self
            ? elements : try Convert.fastSequence(value, "must assign iterable to extended slice")
        guard seq.count == b.count else {
            throw .valueError("attempt to assign sequence of size \(seq.count) to extended slice "
                              + "of size \(b.count)")
        }
        var i = b.start
        for v in seq {
            elements[i] = v
            i &+= step
        }
    }

    /// `list_ass_slice`: replaces `[low, high)` (clipped) with `items`.
    func replace(low: Int, high: Int, with items: [PyValue]) {
        let n = elements.count
        let lo = min(max(low, 0), n)
        let hi = min(max(high, lo), n)
        elements.replaceSubrange(lo..<hi, with: items)
    }

    /// `del l[key]`.
    public func deleteSubscript(_ key: PyValue) throws(PyException) {
        if case .object(let o) = key, let s = o as? PySlice {
            let (lo, hi, step) = try s.unpack()
            let b = PySlice.adjustIndices(count: elements.count, start: lo, stop: hi, step: step)
            if step == 1 { return replace(low: b.start, high: b.stop, with: []) }
            if b.count <= 0 { return }
            // Walk the selected positions upwards whatever the step's sign.
            let first = step < 0 ? b.start + (b.count - 1) * step : b.start
            let stride = step < 0 ? -step : step
            var out: [PyValue] = []
            out.reserveCapacity(elements.count - b.count)
            var next = first, removed = 0
            for (i, v) in elements.enumerated() {
                if i == next && removed < b.count {
                    removed += 1
                    next &+= stride
                } else {
                    out.append(v)
                }
            }
            elements = out
            return
        }
        let index = try Convert.subscriptIndex(key, typeName: "list")
        let i = try SequenceIndex.normalize(index, count: elements.count,
                                            "list assignment index out of range")
        elements.remove(at: i)
    }

    /// `l.extend(iterable)` (and `l += iterable`, `LIST_EXTEND`).
    ///
    /// - Complexity: O(n) in the items added.
    public func extend(_ iterable: PyValue) throws(PyException) {
        if case .object(let o) = iterable {
            if let l = o as? PyList { return elements.append(contentsOf: l.elements) }
            if let t = o as? PyTuple { return elements.append(contentsOf: t.elements) }
            if let r = o as? PyRange {
                elements.reserveCapacity(elements.count + r.count)
                var v = r.start
                for _ in 0..<r.count {
                    elements.append(.int(v))
                    v &+= r.step
                }
                return
            }
        }
        let it = try Protocol.getIter(iterable)
        while let x = try Protocol.next(it) { elements.append(x) }
    }

    /// `repr(l)`: `[1, 2]`, `[...]` for a list inside itself.
    public func repr() throws(PyException) -> String {
        if elements.isEmpty { return "[]" }
        return try ReprGuard.run(self, recursive: "[...]") { () throws(PyException) -> String in
            var s = "["
            var i = 0
            while i < elements.count {
                if i > 0 { s += ", " }
                s += try Protocol.repr(elements[i])
                i += 1
            }
            return s + "]"
        }
    }

    /// The first index in `[start, stop)` holding an item equal to `value`, or nil.
    func firstIndex(
        of value: PyValue, start: Int = 0, stop: Int = Int.max
    ) throws(PyException) -> Int? {
        var i = start
        while i < stop && i < elements.count {
            if try Compare.equal(elements[i], value) { return i }
            i += 1
        }
        return nil
    }
}

extension Convert {
    /// `PySequence_Fast`: the items of a list or tuple, or of any iterable drained; a TypeError
    /// from `iter()` becomes `TypeError(message)`.
    static func fastSequence(_ v: PyValue, _ message: String) throws(PyException) -> [PyValue] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.elements }
            if let t = o as? PyTuple { return t.elements }
        }
        let it: PyValue
        do throws(PyException) {
            it = try Protocol.getIter(v)
        } catch {
            if error.matches(Types.typeError) { throw .typeError(message) }
            throw error
        }
        var out: [PyValue] = []
        while let x = try Protocol.next(it) { out.append(x) }
        return out
    }

    /// The count of `seq * n`: `TypeError: can't multiply sequence by non-int of type 'float'`.
    static func repeatCount(_ v: PyValue) throws(PyException) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if case .object(let o) = v, o is PyLong {
                throw .overflowError("cannot fit 'int' into an index-sized integer")
            }
            guard v.type.lookup(Names.__index__) != nil else {
                throw .typeError("can't multiply sequence by non-int of type '\(v.type.name)'")
            }
            return try Protocol.index(v)
        }
    }

    /// `items * n` with CPython's MemoryError for sizes that cannot exist.
    static func repeated(_ items: [PyValue], _ n: Int) throws(PyException) -> [PyValue] {
        if n <= 0 || items.isEmpty { return [] }
        let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
        // CPython gets MemoryError from malloc; Swift would trap instead, so refuse up front
        // what could never fit in this machine's memory.
        let (bytes, tooMany) = total.multipliedReportingOverflow(by: MemoryLayout<PyValue>.stride)
        if overflow || tooMany || UInt64(bytes) > ProcessInfo.processInfo.physicalMemory {
            throw PyException.memoryError()
        }
        if items.count == 1 { return Array(repeating: items[0], count: n) }
        var out: [PyValue] = []
        out.reserveCapacity(total)
        for _ in 0..<n { out.append(contentsOf: items) }
        return out
    }
}

extension Runtime {
    static func installList() {
        let t = Types.list
        t.doc = """
            Built-in mutable sequence.

            If no argument is given, the constructor creates a new empty list.
            The argument must be an iterable if specified.
            """
        t.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.list)
            return .object(adopt(PyList(), as: cls, base: Types.list))
        }
        t.method("__init__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let p = try a.positional("list", min: 0, max: 1)
            l.elements.removeAll()
            if let iterable = p.first { try l.extend(iterable) }
            return .none
        }
        t.method("__repr__", PyList.self) { (l, _) throws(PyException) -> PyValue in
            .str(try l.repr())
        }
        t.method("__len__", PyList.self) { (l, _) throws(PyException) -> PyValue in
            .int(l.elements.count)
        }
        t.method("__getitem__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try l.getSubscript(a.single("__getitem__"))
        }
        t.method("__setitem__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let p = try a.positional("__setitem__", min: 2, max: 2)
            try l.setSubscript(p[0], p[1])
            return .none
        }
        t.method("__delitem__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try l.deleteSubscript(a.single("__delitem__"))
            return .none
        }
        t.method("__contains__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            .bool(try l.firstIndex(of: a.single("__contains__")) != nil)
        }
        t.method("__iter__", PyList.self) { (l, _) throws(PyException) -> PyValue in
            .object(NativeIterators.list(l))
        }
        t.method("__reversed__", PyList.self) { (l, _) throws(PyException) -> PyValue in
            .object(NativeIterators.listReversed(l))
        }
        t.method("__add__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let other = try a.single("__add__")
            guard let o = other.as(PyList.self) else {
                throw .typeError("can only concatenate list (not \"\(other.type.name)\") to list")
            }
            return .object(PyList(l.elements + o.elements))
        }
        t.method("__iadd__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try l.extend(a.single("__iadd__"))
            return .object(l)
        }
        for name in ["__mul__", "__rmul__"] {
            t.method(name, PyList.self) { (l, a) throws(PyException) -> PyValue in
                let n = try Convert.repeatCount(a.single(name))
                return .object(PyList(try Convert.repeated(l.elements, n)))
            }
        }
        t.method("__imul__", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let n = try Convert.repeatCount(a.single("__imul__"))
            if n != 1 { l.elements = try Convert.repeated(l.elements, n) }
            return .object(l)
        }
        t.comparisons(PyList.self) { (l, other, op) throws(PyException) -> PyValue in
            guard let o = other.as(PyList.self) else { return .notImplemented }
            return try Compare.listCompare(l, o, op)
        }
        t.markUnhashable()

        t.method("append", PyList.self) { (l, a) throws(PyException) -> PyValue in
            l.elements.append(try a.single("list.append"))
            return .none
        }
        t.method("extend", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try l.extend(a.single("list.extend"))
            return .none
        }
        t.method("insert", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let p = try a.positional("insert", min: 2, max: 2)
            var i = try Convert.index(p[0])
            let n = l.elements.count
            if i < 0 {
                i += n
                if i < 0 { i = 0 }
            }
            l.elements.insert(p[1], at: min(i, n))
            return .none
        }
        t.method("pop", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let p = try a.positional("pop", min: 0, max: 1)
            let index = p.isEmpty ? -1 : try Convert.index(p[0])
            if l.elements.isEmpty { throw .indexError("pop from empty list") }
            let i = try SequenceIndex.normalize(index, count: l.elements.count,
                                                "pop index out of range")
            return i == l.elements.count - 1 ? l.elements.removeLast() : l.elements.remove(at: i)
        }
        t.method("remove", PyList.self) { (l, a) throws(PyException) -> PyValue in
            guard let i = try l.firstIndex(of: a.single("list.remove")) else {
                throw .valueError("list.remove(x): x not in list")
            }
            l.elements.remove(at: i)
            return .none
        }
        t.method("index", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let p = try a.positional("index", min: 1, max: 3)
            let (start, stop) = try Convert.searchWindow(p, from: 1, count: l.elements.count)
            guard let i = try l.firstIndex(of: p[0], start: start, stop: stop) else {
                throw .valueError("\(try Protocol.repr(p[0])) is not in list")
            }
            return .int(i)
        }
        t.method("count", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let x = try a.single("list.count")
            var n = 0, i = 0
            while i < l.elements.count {
                if try Compare.equal(l.elements[i], x) { n += 1 }
                i += 1
            }
            return .int(n)
        }
        t.method("clear", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try a.none("list.clear")
            l.elements.removeAll()
            return .none
        }
        t.method("copy", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try a.none("list.copy")
            return .object(PyList(l.elements))
        }
        t.method("reverse", PyList.self) { (l, a) throws(PyException) -> PyValue in
            try a.none("list.reverse")
            l.elements.reverse()
            return .none
        }
        t.method("sort", PyList.self) { (l, a) throws(PyException) -> PyValue in
            let (key, reverse) = try sortOptions(a, "sort")
            try l.sort(key: key, reverse: reverse)
            return .none
        }
    }

    /// The keyword-only `key=None, reverse=False` of `list.sort` and `sorted`.
    static func sortOptions(
        _ a: Arguments, _ function: String
    ) throws(PyException) -> (PyValue?, Bool) {
        if a.count > 0 { throw .typeError("\(function)() takes no positional arguments") }
        var key: PyValue?
        var reverse = false
        for (name, value) in a.keywords {
            switch name.value {
            case "key": key = value.isNone ? nil : value
            case "reverse": reverse = try Convert.index(value) != 0
            default: throw .typeError("'\(name.value)' is an invalid keyword argument for "
                                      + "\(function)()")
            }
        }
        return (key, reverse)
    }
}

extension PyList {
    /// `l.sort(key=, reverse=)`: stable; the list looks empty while the sort runs, and a
    /// change made meanwhile raises `ValueError: list modified during sort`.
    public func sort(key: PyValue? = nil, reverse: Bool = false) throws(PyException) {
        var items = elements
        elements = []
        var failure: PyException?
        do throws(PyException) {
            try Sorting.sort(&items, key: key, reverse: reverse)
        } catch {
            failure = error
        }
        let modified = !elements.isEmpty
        elements = items
        if let failure { throw failure }
        if modified { throw .valueError("list modified during sort") }
    }
}
