/// `str`: dunders, methods, the constructor and the str builtins (`chr`, `ord`, `ascii`).
extension Runtime {
    static func installStr() {
        let t = NativeInstaller(Types.str, payload: PyStr.self)
        // The receiver check (`accepts`) already ran: no second dynamic cast.
        func me(_ v: PyValue) -> PyStr { unsafeDowncast(v.object.unsafelyUnwrapped, to: PyStr.self) }

        // MARK: Dunders
        t.slot0("__len__") { (v) throws(PyException) -> PyValue in .int(me(v).count) }
        t.slot0("__hash__") { (v) throws(PyException) -> PyValue in .int(Protocol.hash(str: me(v))) }
        t.slot0("__repr__") { (v) throws(PyException) -> PyValue in .str(StrOps.repr(me(v).value)) }
        t.slot0("__str__") { (v) throws(PyException) -> PyValue in v }
        t.slot0("__iter__") { (v) throws(PyException) -> PyValue in StrOps.iterator(me(v)) }
        t.slot1("__getitem__") { (v, k) throws(PyException) -> PyValue in try StrOps.getItem(me(v), k) }
        t.slot1("__contains__") { (v, x) throws(PyException) -> PyValue in
            guard case .object(let sub as PyStr) = x else {
                throw .typeError("'in <string>' requires string as left operand, not \(x.type.name)")
            }
            return .bool(StrOps.contains(me(v), sub))
        }
        // str has no number slots: these are the sq_concat / sq_repeat wrappers, which raise
        // rather than return NotImplemented (`Protocol.binaryOp` tries the other operand first).
        t.slot1("__add__") { (v, x) throws(PyException) -> PyValue in
            guard case .object(let o as PyStr) = x else {
                throw .typeError("can only concatenate str (not \"\(x.type.name)\") to str")
            }
            return .object(StrOps.concat(me(v), o))
        }
        for name in ["__mul__", "__rmul__"] {
            t.slot1(name) { (v, n) throws(PyException) -> PyValue in
                .object(try StrOps.repeated(me(v), StrOps.repeatCount(n)))
            }
        }
        t.slot1("__mod__") { (v, args) throws(PyException) -> PyValue in
            .str(try PercentFormat.format(me(v).value, args))
        }
        t.slot1("__rmod__") { (_, _) throws(PyException) -> PyValue in .notImplemented }
        t.comparisons { (op, a, b) throws(PyException) -> PyValue in
            guard case .object(let x as PyStr) = a, case .object(let y as PyStr) = b else {
                return .notImplemented
            }
            if op == .eq { return .bool(StrOps.equal(x, y)) }
            if op == .ne { return .bool(!StrOps.equal(x, y)) }
            return .bool(NumberFastPath.result(op, StrOps.compare(x, y)))
        }
        t.method("__format__") { (v, a) throws(PyException) -> PyValue in
            let spec = try a.single("__format__")
            guard case .object(let s as PyStr) = spec else {
                throw .typeError("__format__() argument must be str, not \(spec.type.name)")
            }
            return .str(try Formatting.formatStr(me(v).value, spec: s.value))
        }
        t.noArgs("__getnewargs__") { (v) throws(PyException) -> PyValue in .object(PyTuple([v])) }
        t.noArgs("__sizeof__") { (v) throws(PyException) -> PyValue in .int(49 + me(v).value.utf8.count) }

        // MARK: Case and predicates
        // One closure each, calling the mapping directly (a table of function values would add
        // a call through a reabstraction thunk to every `s.lower()`).
        t.noArgs("upper") { (v) throws(PyException) -> PyValue in .object(StrOps.upper(me(v))) }
        t.noArgs("lower") { (v) throws(PyException) -> PyValue in .object(StrOps.lower(me(v))) }
        t.noArgs("casefold") { (v) throws(PyException) -> PyValue in .object(StrOps.casefold(me(v))) }
        t.noArgs("swapcase") { (v) throws(PyException) -> PyValue in .object(StrOps.swapcase(me(v))) }
        t.noArgs("capitalize") { (v) throws(PyException) -> PyValue in .object(StrOps.capitalize(me(v))) }
        t.noArgs("title") { (v) throws(PyException) -> PyValue in .object(StrOps.title(me(v))) }
        t.noArgs("isalpha") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isAlpha)) }
        t.noArgs("isalnum") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isAlnum)) }
        t.noArgs("isdigit") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isDigit)) }
        t.noArgs("isdecimal") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isDecimal)) }
        t.noArgs("isnumeric") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isNumeric)) }
        t.noArgs("isspace") { (v) throws(PyException) -> PyValue in .bool(StrOps.all(me(v), StrOps.isSpace)) }
        t.noArgs("islower") { (v) throws(PyException) -> PyValue in .bool(StrOps.isLowerString(me(v))) }
        t.noArgs("isupper") { (v) throws(PyException) -> PyValue in .bool(StrOps.isUpperString(me(v))) }
        t.noArgs("istitle") { (v) throws(PyException) -> PyValue in .bool(StrOps.isTitleString(me(v))) }
        t.noArgs("isidentifier") { (v) throws(PyException) -> PyValue in .bool(StrOps.isIdentifier(me(v))) }
        t.noArgs("isprintable") { (v) throws(PyException) -> PyValue in .bool(StrOps.isPrintableString(me(v))) }
        t.noArgs("isascii") { (v) throws(PyException) -> PyValue in .bool(me(v).isASCII) }

        // MARK: Splitting and joining
        for (name, reverse) in [("split", false), ("rsplit", true)] {
            t.method(name) { (v, a) throws(PyException) -> PyValue in
                let b = try a.bind(name, ["sep", "maxsplit"], required: 0)
                let sep = try StrOps.optionalStr(b[0], "must be str or None, not ")
                let max = try b[1].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? -1
                let parts = reverse ? try StrOps.rsplit(me(v), sep, max) : try StrOps.split(me(v), sep, max)
                return .object(PyList(parts))
            }
        }
        t.method("splitlines") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("splitlines", ["keepends"], required: 0)
            let keep = try b[0].map { (x) throws(PyException) -> Bool in try Protocol.index(x) != 0 } ?? false
            return .object(PyList(StrOps.splitlines(me(v), keepends: keep)))
        }
        t.oneArg("join") { (v, x) throws(PyException) -> PyValue in .object(try StrOps.join(me(v), x)) }
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.oneArg(name) { (v, x) throws(PyException) -> PyValue in
                try StrOps.partition(me(v), StrOps.requireStr(x, "must be str, not "), reverse: reverse)
            }
        }

        // MARK: Stripping, padding
        for (name, left, right) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            t.positional(name, min: 0, max: 1) { (v, args) throws(PyException) -> PyValue in
                var chars: PyStr? = nil
                if let c = args.first, !c.isNone {
                    guard case .object(let s as PyStr) = c else {
                        throw .typeError("\(name) arg must be None or str")
                    }
                    chars = s
                }
                return .object(StrOps.strip(me(v), chars, left: left, right: right))
            }
        }
        for (name, align) in [("center", UInt8(ascii: "^")), ("ljust", UInt8(ascii: "<")), ("rjust", UInt8(ascii: ">"))] {
            t.positional(name, min: 1, max: 2) { (v, args) throws(PyException) -> PyValue in
                let width = try Protocol.index(args[0])
                var fill: Unicode.Scalar = " "
                if args.count > 1 {
                    guard case .object(let f as PyStr) = args[1] else {
                        throw .typeError("The fill character must be a unicode character, not \(args[1].type.name)")
                    }
                    guard f.count == 1 else {
                        throw .typeError("The fill character must be exactly one character long")
                    }
                    fill = f.scalars[0]
                }
                return .object(StrOps.pad(me(v), width: width, fill: fill, align: align))
            }
        }
        t.oneArg("zfill") { (v, w) throws(PyException) -> PyValue in
            .object(StrOps.zfill(me(v), try Protocol.index(w)))
        }
        t.method("expandtabs") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("expandtabs", ["tabsize"], required: 0)
            let size = try b[0].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? 8
            return .object(StrOps.expandtabs(me(v), size))
        }

        // MARK: Searching
        for (name, reverse, raise) in [("find", false, false), ("rfind", true, false),
                                       ("index", false, true), ("rindex", true, true)] {
            t.positional(name, min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
                let sub = try StrOps.requireStr(args[0], "must be str, not ")
                let (start, end) = try StrOps.range(args)
                let r = StrOps.find(me(v), sub, start, end, reverse: reverse)
                if r < 0 && raise { throw .valueError("substring not found") }
                return .int(r)
            }
        }
        t.positional("count", min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
            let sub = try StrOps.requireStr(args[0], "must be str, not ")
            let (start, end) = try StrOps.range(args)
            return .int(StrOps.count(me(v), sub, start, end))
        }
        for (name, suffix) in [("startswith", false), ("endswith", true)] {
            t.positional(name, min: 1, max: 3) { (v, args) throws(PyException) -> PyValue in
                let (start, end) = try StrOps.range(args)
                let s = me(v)
                if case .object(let tuple as PyTuple) = args[0] {
                    for item in tuple.elements {
                        guard case .object(let p as PyStr) = item else {
                            throw .typeError("tuple for \(name) must only contain str, not \(item.type.name)")
                        }
                        if StrOps.hasAffix(s, p, start, end, suffix: suffix) { return .true }
                    }
                    return .false
                }
                guard case .object(let p as PyStr) = args[0] else {
                    throw .typeError("\(name) first arg must be str or a tuple of str, not \(args[0].type.name)")
                }
                return .bool(StrOps.hasAffix(s, p, start, end, suffix: suffix))
            }
        }
        t.positional("replace", min: 2, max: 3) { (v, args) throws(PyException) -> PyValue in
            let old = try StrOps.requireStr(args[0], "replace() argument 1 must be str, not ")
            let new = try StrOps.requireStr(args[1], "replace() argument 2 must be str, not ")
            let count = args.count > 2 ? try Protocol.index(args[2]) : -1
            return .object(StrOps.replace(me(v), old, new, count))
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            t.oneArg(name) { (v, x) throws(PyException) -> PyValue in
                let s = me(v)
                let p = try StrOps.requireStr(x, "\(name)() argument must be str, not ")
                guard !p.value.isEmpty, StrOps.hasAffix(s, p, 0, .max, suffix: suffix) else { return v }
                let n = s.count - p.count
                return .object(StrOps.slice(s, start: suffix ? 0 : p.count, stop: 0, step: 1, length: n))
            }
        }

        // MARK: Encoding, translation, formatting
        t.method("encode") { (v, a) throws(PyException) -> PyValue in
            let b = try a.bind("encode", ["encoding", "errors"], required: 0)
            let enc = try StrOps.optionalStr(b[0], "encode() argument 'encoding' must be str, not ")
            let err = try StrOps.optionalStr(b[1], "encode() argument 'errors' must be str, not ")
            return .object(PyBytes(try StrOps.encode(me(v), encoding: enc?.value ?? "utf-8",
                                                     errors: err?.value ?? "strict")))
        }
        t.oneArg("translate") { (v, table) throws(PyException) -> PyValue in
            .object(try StrOps.translate(me(v), table))
        }
        Types.str.addStaticFunction("maketrans") { (a) throws(PyException) -> PyValue in
            let args = try a.positional("maketrans", min: 1, max: 3)
            return try StrOps.maketrans(args)
        }
        t.method("format") { (v, a) throws(PyException) -> PyValue in
            .str(try StrFormat.format(me(v).value, args: UnsafeBufferPointer(rebasing: a.values[0..<a.count]),
                                      kwargs: .keywords(a.keywords)))
        }
        t.oneArg("format_map") { (v, m) throws(PyException) -> PyValue in
            .str(try StrFormat.format(me(v).value, args: UnsafeBufferPointer(start: nil, count: 0),
                                      kwargs: .mapping(m)))
        }

        Types.str.addStaticFunction("__new__") { (a) throws(PyException) -> PyValue in
            let rest = UnsafeBufferPointer(rebasing: a.values[min(1, a.values.count)...])
            let args = Arguments(rest, kwnames: a.kwnames)
            if args.count > 3 { throw .typeError("str() takes at most 3 arguments (\(args.count) given)") }
            let b = try args.bind("str", ["object", "encoding", "errors"], required: 0)
            return try StrOps.construct(b[0], encoding: b[1], errors: b[2])
        }
        Types.str.doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"
    }
}

extension StrOps {
    /// `s * n`'s count: an index, with CPython's message for ints too big for a word.
    static func repeatCount(_ n: PyValue) throws(PyException) -> Int {
        if let i = IntMath.small(n) { return i }
        if IntMath.big(n) != nil { throw .overflowError("cannot fit 'int' into an index-sized integer") }
        return try Protocol.index(n)
    }

    /// `s[k]` for an int or a slice.
    static func getItem(_ s: PyStr, _ k: PyValue) throws(PyException) -> PyValue {
        if let i = IntMath.small(k) {
            let n = s.count
            let j = i < 0 ? i + n : i
            guard j >= 0 && j < n else { throw .indexError("string index out of range") }
            return .object(character(s.scalar(at: j)))
        }
        if let sl = k.as(PySlice.self) {
            let b = try sl.adjust(count: s.count)
            return .object(slice(s, start: b.start, stop: b.stop, step: b.step, length: b.count))
        }
        if IntMath.isInt(k) { throw .indexError("cannot fit 'int' into an index-sized integer") }
        if k.type.lookup(Names.__index__) != nil { return try getItem(s, .int(Protocol.index(k))) }
        throw .typeError("string indices must be integers, not '\(k.type.name)'")
    }

    /// `iter(s)`: one str per code point.
    static func iterator(_ s: PyStr) -> PyValue {
        var i = 0
        let n = s.count
        return .object(PyNativeIterator(type: Types.strIterator, lengthHint: { n - i }) {
            () throws(PyException) -> PyValue? in
            guard i < n else { return nil }
            defer { i += 1 }
            return .object(character(s.scalar(at: i)))
        })
    }

    static func requireStr(_ v: PyValue, _ message: String) throws(PyException) -> PyStr {
        guard case .object(let s as PyStr) = v else { throw .typeError(message + v.type.name) }
        return s
    }

    static func optionalStr(_ v: PyValue?, _ message: String) throws(PyException) -> PyStr? {
        guard let v, !v.isNone else { return nil }
        return try requireStr(v, message)
    }

    /// The optional `start, end` after a method's first argument, as slice indices.
    static func range(_ args: UnsafeBufferPointer<PyValue>) throws(PyException) -> (Int, Int) {
        func bound(_ v: PyValue, _ missing: Int) throws(PyException) -> Int {
            if v.isNone { return missing }
            if let i = IntMath.small(v) { return i }
            if let b = IntMath.big(v) { return b.sign == .minus ? Int.min / 2 : Int.max / 2 }
            guard v.type.lookup(Names.__index__) != nil else {
                throw .typeError("slice indices must be integers or None or have an __index__ method")
            }
            return try Protocol.index(v)
        }
        let start = args.count > 1 ? try bound(args[1], 0) : 0
        let end = args.count > 2 ? try bound(args[2], Int.max / 2) : Int.max / 2
        return (start, end)
    }

    /// `str(object)` with one argument (`PyObject_Str`): an int's digits are ASCII.
    static func str(_ object: PyValue) throws(PyException) -> PyValue {
        switch object {
        case .object(let s as PyStr): return .object(s)
        case .int(let i): return .object(PyStr(String(i), isASCII: true))
        default: return .str(try Protocol.str(object))
        }
    }

    /// `str(object)` / `str(bytes, encoding, errors)`.
    static func construct(_ object: PyValue?, encoding: PyValue?, errors: PyValue?) throws(PyException) -> PyValue {
        guard let object else { return .object(empty) }
        if encoding == nil && errors == nil {
            if case .object(let s as PyStr) = object { return .object(s) }
            return .str(try Protocol.str(object))
        }
        let enc = try optionalStr(encoding, "str() argument 'encoding' must be str, not ")
        let err = try optionalStr(errors, "str() argument 'errors' must be str, not ")
        guard case .object(let b as PyBytes) = object else {
            if object.object is PyStr { throw .typeError("decoding str is not supported") }
            throw .typeError("decoding to str: need a bytes-like object, \(object.type.name) found")
        }
        return .object(try BytesOps.decode(b.value, encoding: enc?.value ?? "utf-8", errors: err?.value ?? "strict"))
    }

    /// `str.maketrans(x[, y[, z]])`.
    static func maketrans(_ args: [PyValue]) throws(PyException) -> PyValue {
        let table = PyDict()
        if args.count == 1 {
            guard case .object(let d as PyDict) = args[0] else {
                throw .typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in d.items {
                if case .object(let s as PyStr) = k {
                    guard s.count == 1 else {
                        throw .valueError("string keys in translate table must be of length 1")
                    }
                    try table.setItem(.int(Int(s.scalars[0].value)), v)
                } else if IntMath.isInt(k) {
                    try table.setItem(IntMath.exact(k), v)
                } else {
                    throw .typeError("keys in translate table must be strings or integers")
                }
            }
            return .object(table)
        }
        let x = try requireStr(args[0], "maketrans() argument 1 must be str, not ")
        let y = try requireStr(args[1], "maketrans() argument 2 must be str, not ")
        guard x.count == y.count else {
            throw .valueError("the first two maketrans arguments must have equal length")
        }
        for (a, b) in zip(x.scalars, y.scalars) { try table.setItem(.int(Int(a.value)), .int(Int(b.value))) }
        if args.count == 3 {
            let z = try requireStr(args[2], "maketrans() argument 3 must be str, not ")
            for c in z.scalars { try table.setItem(.int(Int(c.value)), .none) }
        }
        return .object(table)
    }

    /// `s.translate(table)`: `table[ord(c)]` gives an int, a str or None; LookupError keeps `c`.
    static func translate(_ s: PyStr, _ table: PyValue) throws(PyException) -> PyStr {
        let getItem = table.type.lookup(Names.__getitem__)
        if getItem == nil && !(table.object is PyDict) {
            throw .typeError("'\(table.type.name)' object is not subscriptable")
        }
        var out = String.UnicodeScalarView()
        for c in s.value.unicodeScalars {
            let r: PyValue
            do {
                if case .object(let d as PyDict) = table {
                    guard let found = try d.getItem(.int(Int(c.value))) else {
                        out.append(c)
                        continue
                    }
                    r = found
                } else {
                    r = try Protocol.callMethod(getItem!, self: table, [.int(Int(c.value))])
                }
            } catch {
                if error.matches(Types.lookupError) {
                    out.append(c)
                    continue
                }
                throw error
            }
            switch r {
            case .none: continue
            case .object(let rs as PyStr): out.append(contentsOf: rs.value.unicodeScalars)
            default:
                guard IntMath.isInt(r) else {
                    throw .typeError("character mapping must return integer, None or str")
                }
                let n = IntMath.small(r) ?? -1
                guard n >= 0 && n < 0x110000, let sc = Unicode.Scalar(UInt32(n)) else {
                    throw .valueError("character mapping must be in range(0x110000)")
                }
                out.append(sc)
            }
        }
        return PyStr(String(out))
    }
}
