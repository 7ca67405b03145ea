import BigInt

/// The iteration builtins (Python/bltinmodule.c, Objects/enumobject.c, Objects/iterobject.c):
/// `len`, `iter`, `next`, `sorted`, `min`, `max`, `sum`, `any`, `all` as functions, and
/// `enumerate`, `zip`, `map`, `filter`, `reversed` as types whose `__new__` makes a native
/// iterator of that type.
enum IterationBuiltins {
    /// `callable(v)` as the iteration builtins need it.
    static func isCallable(_ v: PyValue) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyBuiltinFunction || o is PyType || o is PyMethod || o.type === Types.function {
            return true
        }
        return o.type.lookup(Names.__call__) != nil
    }

    /// `iter(callable, sentinel)`: a `callable_iterator`.
    static func callIterator(_ callable: PyValue, sentinel: PyValue) -> PyNativeIterator {
        var done = false
        return PyNativeIterator(type: Types.callIterator) { () throws(PyException) -> PyValue? in
            if done { return nil }
            let r: PyValue
            do throws(PyException) {
                r = try Protocol.call(callable, [])
            } catch {
                if error.matches(Types.stopIteration) {
                    done = true
                    return nil
                }
                throw error
            }
            if try Compare.equal(r, sentinel) {
                done = true
                return nil
            }
            return r
        }
    }

    /// `reversed(seq)` over the sequence protocol (`__len__` + `__getitem__`): a `reversed`.
    static func sequenceReversed(
        _ seq: PyValue, type: PyType
    ) throws(PyException) -> PyNativeIterator {
        let n = try Protocol.length(seq)
        var index = n - 1
        return PyNativeIterator(type: type, lengthHint: { max(index + 1, 0) }) {
            () throws(PyException) -> PyValue? in
            guard index >= 0 else { return nil }
            do throws(PyException) {
                let v = try Protocol.getItem(seq, .int(index))
                index -= 1
                return v
            } catch {
                if error.matches(Types.indexError) || error.matches(Types.stopIteration) {
                    index = -1
                    return nil
                }
                throw error
            }
        }
    }

    /// `min`/`max` (`min_max`): over one iterable or several arguments, with `key` and `default`.
    static func minMax(_ a: Arguments, _ op: Protocol.CompareOp) throws(PyException) -> PyValue {
        let name = op == .lt ? "min" : "max"
        var key: PyValue?
        var dflt: PyValue?
        for (k, v) in a.keywords {
            switch k.value {
            case "key": key = v.isNone ? nil : v
            case "default": dflt = v
            default: throw .typeError("'\(k.value)' is an invalid keyword argument for \(name)()")
            }
        }
        if a.count == 0 { throw .typeError("\(name) expected at least 1 argument, got 0") }
        let positional = a.count > 1
        if positional && dflt != nil {
            throw .typeError("Cannot specify a default for \(name)() with multiple positional "
                             + "arguments")
        }
        let source: PyValue = positional ? .object(PyTuple(a.positional)) : a[0]
        let it = try Protocol.getIter(source)
        var best: PyValue?
        var bestKey: PyValue = .null
        while let item = try Protocol.next(it) {
            let k = key == nil ? item : try Protocol.call(key!, [item])
            if best == nil {
                best = item
                bestKey = k
            } else if try Compare.holds(k, op, bestKey) {
                best = item
                bestKey = k
            }
        }
        if let best { return best }
        if let dflt { return dflt }
        throw .valueError("\(name)() arg is an empty sequence")
    }

    /// `sum(iterable, /, start=0)` with CPython 3.11's int and float fast paths (floats are
    /// added left to right in a double, no compensation).
    static func sum(_ a: Arguments) throws(PyException) -> PyValue {
        var start: PyValue = .int(0)
        for (k, v) in a.keywords {
            guard k.value == "start" else {
                throw .typeError("'\(k.value)' is an invalid keyword argument for sum()")
            }
            start = v
        }
        if a.count == 0 { throw .typeError("sum() takes at least 1 positional argument (0 given)") }
        if a.count + a.keywords.count > 2 {
            throw .typeError("sum() takes at most 2 arguments (\(a.count + a.keywords.count) "
                             + "given)")
        }
        if a.count == 2 {
            if a.keyword("start") != nil {
                throw .typeError("argument for sum() given by name ('start') and position (2)")
            }
            start = a[1]
        }
        if start.type.isSubtype(of: Types.str) {
            throw .typeError("sum() can't sum strings [use ''.join(seq) instead]")
        }
        if start.type.isSubtype(of: Types.bytes) {
            throw .typeError("sum() can't sum bytes [use b''.join(seq) instead]")
        }
        if start.type.isSubtype(of: Types.bytearray) {
            throw .typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
        }
        let it = try Protocol.getIter(a[0])
        var result = start
        // Int fast path: accumulate in a word while items are ints and nothing overflows.
        if case .int(var acc) = result {
            while true {
                guard let item = try Protocol.next(it) else { return .int(acc) }
                var b: Int?
                if case .int(let i) = item {
                    b = i } else if case .bool(let t) = item { b = t ? 1 : 0
                }
                if let b {
                    let (r, o) = acc.addingReportingOverflow(b)
                    if !o {
                        acc = r
                        continue
                    }
                }
                result = try add(.int(acc), item)
                break
            }
        }
        // Float fast path.
        if case .float(var acc) = result {
            while true {
                guard let item = try Protocol.next(it) else { return .float(acc) }
                switch item {
                case .float(let f):
                    acc += f
                    continue
                case .int(let i):
                    acc += Double(i)
                    continue
                case .bool(let t):
                    acc += t ? 1 : 0
                    continue
                default:
                    result = try add(.float(acc), item)
                }
                break
            }
        }
        while let item = try Protocol.next(it) { result = try add(result, item) }
        return result
    }

    /// `a + b` for `sum`: ints and floats inline, anything else through `__add__`/`__radd__`.
    /// (The numbers work provides the full `PyNumber_Add`; this keeps `sum` self-contained.)
    static func add(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .int(BigInt(x) + BigInt(y)) : .int(r)
        case (.float(let x), .float(let y)): return .float(x + y)
        case (.int(let x), .float(let y)): return .float(Double(x) + y)
        case (.float(let x), .int(let y)): return .float(x + Double(y))
        default: break
        }
        let ta = a.type, tb = b.type
        let radd = Names.intern("__radd__")
        var triedReflected = false
        if ta !== tb && tb.isSubtype(of: ta), let m = tb.lookup(radd) {
            triedReflected = true
            let r = try Protocol.callMethod(m, self: b, a)
            if !r.isNotImplemented { return r }
        }
        if let m = ta.lookup(Names.intern("__add__")) {
            let r = try Protocol.callMethod(m, self: a, b)
            if !r.isNotImplemented { return r }
        }
        if !triedReflected && ta !== tb, let m = tb.lookup(radd) {
            let r = try Protocol.callMethod(m, self: b, a)
            if !r.isNotImplemented { return r }
        }
        throw .typeError("unsupported operand type(s) for +: '\(ta.name)' and '\(tb.name)'")
    }

    /// The iterator of each argument, for `zip` and `map`.
    static func iterators(_ a: Arguments, from: Int) throws(PyException) -> [PyValue] {
        var its: [PyValue] = []
        for i in from..<max(a.count, from) { its.append(try Protocol.getIter(a[i])) }
        return its
    }

    /// `zip(*iterables, strict=False)`.
    static func zip(_ a: Arguments, type: PyType) throws(PyException) -> PyNativeIterator {
        var strict = false
        for (k, v) in a.keywords {
            guard k.value == "strict" else {
                throw .typeError("'\(k.value)' is an invalid keyword argument for zip()")
            }
            strict = try Protocol.isTrue(v)
        }
        let its = try iterators(a, from: 0)
        return PyNativeIterator(type: type) { () throws(PyException) -> PyValue? in
            if its.isEmpty { return nil }
            var items: [PyValue] = []
            items.reserveCapacity(its.count)
            for (i, it) in its.enumerated() {
                guard let x = try Protocol.next(it) else {
                    guard strict else { return nil }
                    if i > 0 {
                        let plural = i == 1 ? " " : "s 1-"
                        throw .valueError("zip() argument \(i + 1) is shorter than "
                                          + "argument\(plural)\(i)")
                    }
                    for j in 1..<its.count {
                        if try Protocol.next(its[j]) != nil {
                            let plural = j == 1 ? " " : "s 1-"
                            throw .valueError("zip() argument \(j + 1) is longer than "
                                              + "argument\(plural)\(j)")
                        }
                    }
                    return nil
                }
                items.append(x)
            }
            return .object(PyTuple(items))
        }
    }
}

extension Runtime {
    static func installIterationBuiltins() {
        registerBuiltin("len", doc: "Return the number of items in a container.") {
            (a) throws(PyException) -> PyValue in
            .int(try Protocol.length(a.single("len")))
        }
        registerBuiltin("iter",
                        doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator") {
            (a) throws(PyException) -> PyValue in
            let p = try a.positional("iter", min: 1, max: 2)
            if p.count == 1 { return try Protocol.getIter(p[0]) }
            guard IterationBuiltins.isCallable(p[0]) else { throw .typeError("iter(v, w): v must "
                                                                             + "be callable") }
            return .object(IterationBuiltins.callIterator(p[0], sentinel: p[1]))
        }
        registerBuiltin("next", doc: "next(iterator[, default])") {
            (a) throws(PyException) -> PyValue in
            let p = try a.positional("next", min: 1, max: 2)
            let it = p[0]
            if !(it.object is PyNativeIterator) && it.type.lookup(Names.__next__) == nil {
                throw .typeError("'\(it.type.name)' object is not an iterator")
            }
            // Without a default, `__next__`'s own StopIteration (with a generator's return
            // value) propagates, as from CPython's tp_iternext.
            if p.count == 1, !(it.object is PyNativeIterator), let next = it.type.lookup(Names.__next__) {
                return try Protocol.callMethod(next, self: it, [])
            }
            if let v = try Protocol.next(it) { return v }
            if p.count == 2 { return p[1] }
            throw PyException(Types.stopIteration, args: [])
        }
        registerBuiltin("sorted",
                        doc: "Return a new list containing all items from the iterable in "
                            + "ascending order.") {
            (a) throws(PyException) -> PyValue in
            if a.count != 1 { throw .typeError("sorted expected 1 argument, got \(a.count)") }
            let l = PyList(try Protocol.toArray(a[0]))
            let rest = Arguments(UnsafeBufferPointer(rebasing: a.values[1...]), kwnames: a.kwnames)
            let (key, reverse) = try sortOptions(rest, "sort")
            try l.sort(key: key, reverse: reverse)
            return .object(l)
        }
        registerBuiltin("min", doc: "min(iterable, *[, default=obj, key=func]) -> value") {
            (a) throws(PyException) -> PyValue in try IterationBuiltins.minMax(a, .lt)
        }
        registerBuiltin("max", doc: "max(iterable, *[, default=obj, key=func]) -> value") {
            (a) throws(PyException) -> PyValue in try IterationBuiltins.minMax(a, .gt)
        }
        registerBuiltin("sum",
                        doc: "Return the sum of a 'start' value (default: 0) plus an iterable "
                            + "of numbers") {
            (a) throws(PyException) -> PyValue in try IterationBuiltins.sum(a)
        }
        registerBuiltin("any", doc: "Return True if bool(x) is True for any x in the iterable.") {
            (a) throws(PyException) -> PyValue in
            let it = try Protocol.getIter(a.single("any"))
            while let x = try Protocol.next(it) {
                if try Protocol.isTrue(x) { return .true }
            }
            return .false
        }
        registerBuiltin("all",
                        doc: "Return True if bool(x) is True for all values x in the iterable.") {
            (a) throws(PyException) -> PyValue in
            let it = try Protocol.getIter(a.single("all"))
            while let x = try Protocol.next(it) {
                if try !Protocol.isTrue(x) { return .false }
            }
            return .true
        }
        installIteratorTypes()
        for t in [Types.list, Types.tuple, Types.dict, Types.set, Types.frozenset, Types.range,
                  Types.slice,
                  Types.enumerate, Types.zip, Types.map, Types.filter, Types.reversed] {
            registerBuiltin(t.name, value: .object(t))
        }
    }

    /// `enumerate`, `zip`, `map`, `filter`, `reversed`: callable types making native iterators.
    private static func installIteratorTypes() {
        Types.enumerate.doc = "Return an enumerate object."
        Types.enumerate.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.enumerate)
            let a = args.dropSelf
            var iterable: PyValue? = a.count > 0 ? a[0] : nil
            var start: PyValue? = a.count > 1 ? a[1] : nil
            if a.count > 2 { throw .typeError("enumerate() takes at most 2 arguments (\(a.count) "
                                              + "given)") }
            for (k, v) in a.keywords {
                switch k.value {
                case "iterable" where iterable == nil: iterable = v
                case "start" where start == nil: start = v
                case "iterable", "start":
                    throw .typeError("argument for enumerate() given by name ('\(k.value)') and "
                                     + "position")
                default: throw .typeError("'\(k.value)' is an invalid keyword argument for "
                                          + "enumerate()")
                }
            }
            guard let iterable else { throw .typeError("enumerate() missing required argument "
                                                       + "'iterable'") }
            var n = try start.map { (s) throws(PyException) -> Int in try Protocol.index(s) } ?? 0
            let it = try Protocol.getIter(iterable)
            var result: PyTuple?
            return .object(PyNativeIterator(type: cls) { () throws(PyException) -> PyValue? in
                guard let x = try Protocol.next(it) else { return nil }
                defer { n += 1 }
                return .object(PyTuple.reusablePair(&result, .int(n), x))
            })
        }

        Types.zip.doc = "zip(*iterables, strict=False) --> Yield tuples until an input is "
                        + "exhausted."
        Types.zip.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.zip)
            return .object(try IterationBuiltins.zip(args.dropSelf, type: cls))
        }

        Types.map.doc = "map(func, *iterables) --> map object"
        Types.map.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.map)
            let a = args.dropSelf
            try a.rejectKeywords("map")
            if a.count < 2 { throw .typeError("map() must have at least two arguments.") }
            let f = a[0]
            let its = try IterationBuiltins.iterators(a, from: 1)
            return .object(PyNativeIterator(type: cls) { () throws(PyException) -> PyValue? in
                var items: [PyValue] = []
                items.reserveCapacity(its.count)
                for it in its {
                    guard let x = try Protocol.next(it) else { return nil }
                    items.append(x)
                }
                return try Protocol.call(f, items)
            })
        }

        Types.filter.doc = "filter(function or None, iterable) --> filter object"
        Types.filter.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.filter)
            let p = try args.dropSelf.positional("filter", min: 2, max: 2)
            let f = p[0]
            let plain = f.isNone || f.object === Types.bool
            let it = try Protocol.getIter(p[1])
            return .object(PyNativeIterator(type: cls) { () throws(PyException) -> PyValue? in
                while let x = try Protocol.next(it) {
                    let keep = plain
                        ? try Protocol.isTrue(x) : try Protocol.isTrue(Protocol.call(f, [x]))
                    if keep { return x }
                }
                return nil
            })
        }

        Types.reversed.doc = "Return a reverse iterator over the values of the given sequence."
        Types.reversed.addStaticFunction("__new__") { (args) throws(PyException) -> PyValue in
            let cls = try PyType.newTarget(args, Types.reversed)
            let seq = try args.dropSelf.positional("reversed", min: 1, max: 1)[0]
            if let m = seq.type.lookup(Names.__reversed__) {
                if m.isNone { throw .typeError("'\(seq.type.name)' object is not reversible") }
                return try Protocol.callMethod(m, self: seq, [])
            }
            let isMapping = seq.type.isSubtype(of: Types.dict)
            guard !isMapping, seq.type.lookup(Names.__getitem__) != nil else {
                throw .typeError("'\(seq.type.name)' object is not reversible")
            }
            return .object(try IterationBuiltins.sequenceReversed(seq, type: cls))
        }
    }
}
