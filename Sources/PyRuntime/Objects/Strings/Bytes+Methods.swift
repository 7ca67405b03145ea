/// The bytes methods that lay out or cut up octets (Objects/bytes_methods.c and
/// Objects/stringlib/): padding, tabs, partitions, line splits, prefixes, translation and hex.
extension Runtime {
    static func installBytesMethods(_ t: NativeInstaller) {
        func me(_ v: PyValue) -> [UInt8] { (v.object as! PyBytes).value }
        func wrap(_ b: [UInt8]) -> PyValue { .object(PyBytes(b)) }

        // MARK: Padding
        for (name, align) in [("center", UInt8(ascii: "^")), ("ljust", UInt8(ascii: "<")),
                              ("rjust", UInt8(ascii: ">"))] {
            t.positional(name, min: 1, max: 2) { (v, args) throws(PyException) -> PyValue in
                let width = try Protocol.index(args[0])
                var fill = UInt8(ascii: " ")
                if args.count > 1 {
                    guard case .object(let f as PyBytes) = args[1], f.value.count == 1 else {
                        throw .typeError("\(name)() argument 2 must be a byte string of length 1, not \(args[1].type.name)")
                    }
                    fill = f.value[0]
                }
                let b = me(v)
                if width <= b.count { return v }
                let marg = width - b.count
                // CPython's placement of the odd pad octet for center.
                let left = align == UInt8(ascii: "<") ? 0 : align == UInt8(ascii: ">") ? marg
                    : marg / 2 + (marg & width & 1)
                return wrap([UInt8](repeating: fill, count: left) + b
                            + [UInt8](repeating: fill, count: marg - left))
            }
        }
        t.oneArg("zfill") { (v, w) throws(PyException) -> PyValue in
            let width = try Protocol.index(w)
            let b = me(v)
            if width <= b.count { return v }
            var out = [UInt8](repeating: UInt8(ascii: "0"), count: width - b.count) + b
            // A leading sign moves in front of the zeros.
            if let first = b.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                out[0] = first
                out[width - b.count] = UInt8(ascii: "0")
            }
            return wrap(out)
        }
        t.method("expandtabs") { (v, a) throws(PyException) -> PyValue in
            let bound = try a.bind("expandtabs", ["tabsize"], required: 0)
            let size = try bound[0].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? 8
            var out: [UInt8] = []
            var column = 0
            for c in me(v) {
                if c == 0x09 {
                    if size > 0 {
                        let n = size - column % size
                        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
                        column += n
                    }
                } else {
                    out.append(c)
                    column = c == 0x0A || c == 0x0D ? 0 : column + 1
                }
            }
            return wrap(out)
        }

        // MARK: Cutting up
        for (name, reverse) in [("partition", false), ("rpartition", true)] {
            t.oneArg(name) { (v, x) throws(PyException) -> PyValue in
                let sep = try BytesOps.bytesLike(x)
                if sep.isEmpty { throw .valueError("empty separator") }
                let b = me(v)
                let at = BytesOps.find(b, sep, 0, b.count, reverse: reverse)
                guard at >= 0 else {
                    return .object(PyTuple(reverse ? [wrap([]), wrap([]), v] : [v, wrap([]), wrap([])]))
                }
                return .object(PyTuple([wrap(Array(b[..<at])), wrap(sep), wrap(Array(b[(at + sep.count)...]))]))
            }
        }
        t.method("rsplit") { (v, a) throws(PyException) -> PyValue in
            let bound = try a.bind("rsplit", ["sep", "maxsplit"], required: 0)
            let sep = try BytesOps.optionalBytes(bound[0])
            let max = try bound[1].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? -1
            return .object(PyList(try BytesOps.rsplit(me(v), sep, max).map(wrap)))
        }
        t.method("splitlines") { (v, a) throws(PyException) -> PyValue in
            let bound = try a.bind("splitlines", ["keepends"], required: 0)
            let keep = try bound[0].map { (x) throws(PyException) -> Bool in try Protocol.index(x) != 0 } ?? false
            return .object(PyList(BytesOps.splitlines(me(v), keepends: keep).map(wrap)))
        }
        for (name, suffix) in [("removeprefix", false), ("removesuffix", true)] {
            t.oneArg(name) { (v, x) throws(PyException) -> PyValue in
                let affix = try BytesOps.bytesLike(x)
                let b = me(v)
                guard !affix.isEmpty, b.count >= affix.count,
                      suffix ? b.suffix(affix.count).elementsEqual(affix) : b.prefix(affix.count).elementsEqual(affix)
                else { return v }
                return wrap(suffix ? Array(b.dropLast(affix.count)) : Array(b.dropFirst(affix.count)))
            }
        }
        t.positional("replace", min: 2, max: 3) { (v, args) throws(PyException) -> PyValue in
            let old = try BytesOps.bytesLike(args[0]), new = try BytesOps.bytesLike(args[1])
            let count = args.count > 2 ? try Protocol.index(args[2]) : -1
            return wrap(BytesOps.replace(me(v), old, new, count))
        }

        // MARK: Translation
        Types.bytes.addStaticFunction("maketrans") { (a) throws(PyException) -> PyValue in
            guard a.count == 2, !a.hasKeywords else {
                throw .typeError("maketrans expected 2 arguments, got \(a.count)")
            }
            let from = try BytesOps.bytesLike(a[0]), to = try BytesOps.bytesLike(a[1])
            guard from.count == to.count else { throw .valueError("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (x, y) in zip(from, to) { table[Int(x)] = y }
            return wrap(table)
        }
        t.method("translate") { (v, a) throws(PyException) -> PyValue in
            let bound = try a.bind("translate", ["table", "delete"], required: 1)
            var table: [UInt8]? = nil
            if let x = bound[0], !x.isNone {
                table = try BytesOps.bytesLike(x)
                guard table!.count == 256 else { throw .valueError("translation table must be 256 characters long") }
            }
            let delete = Set(try bound[1].map { (x) throws(PyException) -> [UInt8] in try BytesOps.bytesLike(x) } ?? [])
            var out: [UInt8] = []
            for c in me(v) where !delete.contains(c) { out.append(table?[Int(c)] ?? c) }
            return wrap(out)
        }

        // MARK: Hex
        t.method("hex") { (v, a) throws(PyException) -> PyValue in
            let bound = try a.bind("hex", ["sep", "bytes_per_sep"], required: 0)
            let perSep = try bound[1].map { (x) throws(PyException) -> Int in try Protocol.index(x) } ?? 1
            return .str(try BytesOps.hex(me(v), sep: bound[0], bytesPerSep: perSep))
        }
        Types.bytes.addClassMethod("fromhex") { (a) throws(PyException) -> PyValue in
            guard a.count == 2, !a.hasKeywords else {
                throw .typeError("fromhex() takes exactly one argument (\(a.count - 1) given)")
            }
            guard case .object(let s as PyStr) = a[1] else {
                throw .typeError("fromhex() argument must be str, not \(a[1].type.name)")
            }
            return wrap(try BytesOps.fromHex(s))
        }

        // MARK: Protocol helpers
        t.noArgs("__getnewargs__") { (v) throws(PyException) -> PyValue in .object(PyTuple([wrap(me(v))])) }
        t.noArgs("__bytes__") { (v) throws(PyException) -> PyValue in
            (v.object as! PyBytes).type === Types.bytes ? v : wrap(me(v))
        }
    }
}

extension BytesOps {
    /// A bytes-like argument: "a bytes-like object is required, not 'str'" otherwise.
    static func bytesLike(_ v: PyValue) throws(PyException) -> [UInt8] {
        guard case .object(let b as PyBytes) = v else {
            throw .typeError("a bytes-like object is required, not '\(v.type.name)'")
        }
        return b.value
    }

    /// `b.replace(old, new, count)`, `count < 0` meaning all; an empty `old` matches between
    /// every octet and at both ends, as for str.
    static func replace(_ b: [UInt8], _ old: [UInt8], _ new: [UInt8], _ count: Int) -> [UInt8] {
        var limit = count < 0 ? Int.max : count
        if limit == 0 { return b }
        var out: [UInt8] = []
        if old.isEmpty {
            for c in b {
                if limit > 0 { out.append(contentsOf: new); limit -= 1 }
                out.append(c)
            }
            if limit > 0 { out.append(contentsOf: new) }
            return out
        }
        var i = 0
        while limit > 0 {
            let at = find(b, old, i, b.count, reverse: false)
            if at < 0 { break }
            out.append(contentsOf: b[i..<at])
            out.append(contentsOf: new)
            i = at + old.count
            limit -= 1
        }
        out.append(contentsOf: b[i...])
        return out
    }

    /// `b.rsplit(sep, maxsplit)`: like `split` but the splits are counted from the right.
    static func rsplit(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int) throws(PyException) -> [[UInt8]] {
        let limit = maxsplit < 0 ? Int.max : maxsplit
        var out: [[UInt8]] = []
        guard let sep else {
            var j = b.count
            while j > 0 {
                while j > 0 && BytesCase.isSpace(b[j - 1]) { j -= 1 }
                if j == 0 { break }
                if out.count == limit {
                    // The rest keeps its leading whitespace, as in CPython.
                    out.append(Array(b[..<j]))
                    break
                }
                let end = j
                while j > 0 && !BytesCase.isSpace(b[j - 1]) { j -= 1 }
                out.append(Array(b[j..<end]))
            }
            return out.reversed()
        }
        if sep.isEmpty { throw .valueError("empty separator") }
        var end = b.count
        while out.count < limit {
            let at = find(b, sep, 0, end, reverse: true)
            if at < 0 { break }
            out.append(Array(b[(at + sep.count)..<end]))
            end = at
        }
        out.append(Array(b[..<end]))
        return out.reversed()
    }

    /// `b.splitlines(keepends)`: only \n, \r and \r\n end lines in bytes.
    static func splitlines(_ b: [UInt8], keepends: Bool) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var i = 0, start = 0
        while i < b.count {
            let c = b[i]
            guard c == 0x0A || c == 0x0D else {
                i += 1
                continue
            }
            var eol = i + 1
            if c == 0x0D && eol < b.count && b[eol] == 0x0A { eol += 1 }
            out.append(Array(b[start..<(keepends ? eol : i)]))
            start = eol
            i = eol
        }
        if start < b.count { out.append(Array(b[start...])) }
        return out
    }

    /// `b.hex(sep, bytes_per_sep)` (`_Py_strhex_impl`): a positive `bytesPerSep` groups octets
    /// counting from the right, a negative one from the left.
    static func hex(_ b: [UInt8], sep: PyValue?, bytesPerSep: Int) throws(PyException) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var sepByte: UInt8? = nil
        if let sep {
            let chars: [UInt32]
            if case .object(let s as PyStr) = sep {
                chars = s.scalars.map(\.value)
            } else if case .object(let s as PyBytes) = sep {
                chars = s.value.map(UInt32.init)
            } else {
                throw .typeError("object of type '\(sep.type.name)' has no len()")
            }
            guard chars.count == 1 else { throw .valueError("sep must be length 1.") }
            guard chars[0] < 0x80 else { throw .valueError("sep must be ASCII.") }
            sepByte = UInt8(chars[0])
        }
        let group = bytesPerSep.magnitude
        var out: [UInt8] = []
        out.reserveCapacity(b.count * 3)
        for (i, x) in b.enumerated() {
            if let sepByte, group > 0, i > 0 {
                // Octets before a boundary: counted from the start or from the end.
                let position = bytesPerSep < 0 ? UInt(i) : UInt(b.count - i)
                if position % group == 0 { out.append(sepByte) }
            }
            out.append(digits[Int(x >> 4)])
            out.append(digits[Int(x & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `bytes.fromhex(s)`: pairs of hex digits, with ASCII whitespace allowed between pairs.
    static func fromHex(_ s: PyStr) throws(PyException) -> [UInt8] {
        let sc = s.scalars
        func fail(_ at: Int) -> PyException {
            .valueError("non-hexadecimal number found in fromhex() arg at position \(at)")
        }
        func digit(_ i: Int) -> UInt8? {
            guard i < sc.count, sc[i].value < 0x80 else { return nil }
            let c = UInt8(sc[i].value)
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return nil
            }
        }
        // Like CPython, a non-ASCII str is reported at its first non-ASCII character.
        if let bad = sc.firstIndex(where: { $0.value >= 0x80 }) { throw fail(bad) }
        var out: [UInt8] = []
        var i = 0
        while i < sc.count {
            if BytesCase.isSpace(UInt8(sc[i].value)) {
                i += 1
                continue
            }
            guard let hi = digit(i) else { throw fail(i) }
            guard let lo = digit(i + 1) else { throw fail(i + 1) }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
