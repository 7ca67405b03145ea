import BigInt
import Foundation
import JitbookTestSupport
@testable import PyRuntime

/// A JSON value as the fixture files hold it. Parsed by hand: JSONDecoder with a recursive
/// enum is far too slow in debug builds for a file of this size.
indirect enum FixtureJSON {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([FixtureJSON])
    case object([(String, FixtureJSON)])

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
    var array: [FixtureJSON]? {
        if case .array(let a) = self { return a }
        return nil
    }
    subscript(key: String) -> FixtureJSON? {
        if case .object(let o) = self { return o.first { $0.0 == key }?.1 }
        return nil
    }

    static func parse(_ data: Data) throws -> FixtureJSON {
        var p = Parser(bytes: [UInt8](data))
        return try p.value()
    }

    struct ParseError: Error { let offset: Int }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func skip() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0a || bytes[i] == 0x0d || bytes[i] == 0x09 {
                i += 1
            }
        }

        mutating func value() throws -> FixtureJSON {
            skip()
            guard i < bytes.count else { throw ParseError(offset: i) }
            switch bytes[i] {
            case UInt8(ascii: "["):
                i += 1
                var out: [FixtureJSON] = []
                skip()
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(out)
                }
                while true {
                    out.append(try value())
                    skip()
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "]") else { throw ParseError(offset: i) }
                    i += 1
                    return .array(out)
                }
            case UInt8(ascii: "{"):
                i += 1
                var out: [(String, FixtureJSON)] = []
                skip()
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(out)
                }
                while true {
                    skip()
                    guard case .string(let k) = try value() else { throw ParseError(offset: i) }
                    skip()
                    guard bytes[i] == UInt8(ascii: ":") else { throw ParseError(offset: i) }
                    i += 1
                    out.append((k, try value()))
                    skip()
                    if bytes[i] == UInt8(ascii: ",") {
                        i += 1
                        continue
                    }
                    guard bytes[i] == UInt8(ascii: "}") else { throw ParseError(offset: i) }
                    i += 1
                    return .object(out)
                }
            case UInt8(ascii: "\""):
                return .string(try string())
            case UInt8(ascii: "t"):
                i += 4
                return .bool(true)
            case UInt8(ascii: "f"):
                i += 5
                return .bool(false)
            case UInt8(ascii: "n"):
                i += 4
                return .null
            default:
                let start = i
                var isFloat = false
                while i < bytes.count, let c = Optional(bytes[i]),
                      (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                        || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                    if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isFloat = true }
                    i += 1
                }
                let text = String(decoding: bytes[start..<i], as: UTF8.self)
                if !isFloat, let n = Int(text) { return .int(n) }
                guard let d = Double(text) else { throw ParseError(offset: start) }
                return .double(d)
            }
        }

        mutating func string() throws -> String {
            i += 1
            var out: [UInt8] = []
            while bytes[i] != UInt8(ascii: "\"") {
                if bytes[i] == UInt8(ascii: "\\") {
                    i += 1
                    switch bytes[i] {
                    case UInt8(ascii: "n"): out.append(0x0a)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "r"): out.append(0x0d)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0c)
                    case UInt8(ascii: "u"):
                        var code = UInt32(String(decoding: bytes[(i + 1)...(i + 4)], as: UTF8.self), radix: 16)!
                        i += 4
                        if code >= 0xD800 && code < 0xDC00, bytes[i + 1] == UInt8(ascii: "\\") {
                            let low = UInt32(String(decoding: bytes[(i + 3)...(i + 6)], as: UTF8.self), radix: 16)!
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                        out.append(contentsOf: Array(String(Unicode.Scalar(code)!).utf8))
                    default: out.append(bytes[i])
                    }
                    i += 1
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            i += 1
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// One case of Tests/Fixtures/containers/cases.json (see scripts/gen_container_fixtures.py).
struct ContainerCase {
    let name: String
    let prog: [FixtureJSON]
    let expect: FixtureJSON
    let compare: String?
    /// A capability owned by other work the case depends on (see the generator).
    let needs: String?

    init(_ j: FixtureJSON) {
        name = j["name"]!.string!
        prog = j["prog"]!.array!
        expect = j["expect"]!
        compare = j["compare"]?.string
        needs = j["needs"]?.string
    }

    /// Whether this branch's runtime has what the case needs.
    var isRunnable: Bool {
        _ = FixtureInterpreter.prepared
        switch needs {
        case nil: return true
        case "str-iter": return Types.str.lookup(Names.__iter__) != nil
        case "int-methods": return Types.int.lookup(Names.__eq__) != nil
        default: return false
        }
    }
}

/// Replays the fixture language through the runtime's natives: displays through
/// `ContainerOps`, calls through `Protocol.call` (types through their `__new__`/`__init__`),
/// operators through their dunders.
final class FixtureInterpreter {
    private var env: [String: PyValue] = [:]

    /// Installs what this branch lacks and the fixtures need: str and type reprs, `type`, `bool`.
    static let prepared: Bool = {
        Runtime.bootstrap()
        if Types.str.lookup(Names.__repr__) == nil {
            Types.str.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
                .str(strRepr((a[0].object as! PyStr).value))
            }
        }
        if Types.type.lookup(Names.__repr__) == nil {
            Types.type.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
                let t = a[0].object as! PyType
                let prefix = t.moduleName == "builtins" ? "" : "\(t.moduleName)."
                return .str("<class '\(prefix)\(t.qualname)'>")
            }
        }
        TypeRegistry.invalidateLookups()
        return true
    }()

    /// Python's `repr(str)` for the test strings (quotes chosen as CPython chooses them).
    static func strRepr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(ch) == quote {
                    out += "\\\(quote)"
                } else if ch.value < 0x20 || ch.value == 0x7f {
                    out += String(format: "\\x%02x", ch.value)
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// `str(exc)` as `BaseException.__str__` (and KeyError's) give it.
    static func message(of e: PyException) -> String {
        let args = e.value.args
        switch args.count {
        case 0: return ""
        case 1:
            if e.matches(Types.keyError) { return (try? Protocol.repr(args[0])) ?? "?" }
            return (try? Protocol.str(args[0])) ?? "?"
        default: return (try? PyTuple(args).repr()) ?? "?"
        }
    }

    /// Runs a program; its value is the last statement's.
    func run(_ prog: [FixtureJSON]) throws(PyException) -> PyValue {
        var value: PyValue = .none
        for st in prog {
            if let a = st.array, a.first?.string == "let", let name = a[1].string {
                value = try eval(a[2])
                env[name] = value
            } else {
                value = try eval(st)
            }
        }
        return value
    }

    func eval(_ e: FixtureJSON) throws(PyException) -> PyValue {
        switch e {
        case .null: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .float(d)
        case .string(let s): return .str(s)
        case .object: fatalError("objects are not expressions")
        case .array(let a): return try form(a[0].string!, Array(a.dropFirst()))
        }
    }

    private func evalAll(_ es: [FixtureJSON]) throws(PyException) -> [PyValue] {
        var out: [PyValue] = []
        for e in es { out.append(try eval(e)) }
        return out
    }

    private func keywords(_ e: FixtureJSON) throws(PyException) -> ([PyStr], [PyValue]) {
        var names: [PyStr] = []
        var values: [PyValue] = []
        for pair in e.array ?? [] {
            let p = pair.array!
            names.append(Names.intern(p[0].string!))
            values.append(try eval(p[1]))
        }
        return (names, values)
    }

    private func form(_ head: String, _ r: [FixtureJSON]) throws(PyException) -> PyValue {
        switch head {
        case "bigint": return .int(BigInt(r[0].string!)!)
        case "f":
            if case .double(let d) = r[0] { return .float(d) }
            if case .int(let i) = r[0] { return .float(Double(i)) }
            fatalError("bad float")
        case "list": return .object(PyList(try evalAll(r)))
        case "tuple": return .object(PyTuple(try evalAll(r)))
        case "set":
            let items = try evalAll(r)
            return .object(try items.withUnsafeBufferPointer { (b) throws(PyException) -> PySet in
                try ContainerOps.buildSet(b)
            })
        case "dict":
            var flat: [PyValue] = []
            for pair in r {
                let p = pair.array!
                flat.append(try eval(p[0]))
                flat.append(try eval(p[1]))
            }
            return .object(try flat.withUnsafeBufferPointer { (b) throws(PyException) -> PyDict in
                try ContainerOps.buildMap(b)
            })
        case "v": return env[r[0].string!]!
        case "b": return try builtin(r[0].string!)
        case "fn": return TestFunctions.make(r[0].string!)
        case "call":
            let f = try eval(r[0])
            let args = try evalAll(r[1].array!)
            let (names, values) = try keywords(r[2])
            return try call(f, args + values, kwnames: names)
        case "m":
            let obj = try eval(r[0])
            let method = try Protocol.getAttr(obj, Names.intern(r[1].string!))
            let args = try evalAll(r[2].array!)
            let (names, values) = try keywords(r[3])
            return try call(method, args + values, kwnames: names)
        case "attr": return try Protocol.getAttr(eval(r[0]), Names.intern(r[1].string!))
        case "op": return try binary(r[0].string!, eval(r[1]), eval(r[2]))
        case "cmp":
            let ops: [String: Protocol.CompareOp] = ["<": .lt, "<=": .le, "==": .eq, "!=": .ne, ">": .gt, ">=": .ge]
            return try Compare.richCompare(eval(r[1]), eval(r[2]), ops[r[0].string!]!)
        case "in":
            let item = try eval(r[0])
            return .bool(try Protocol.contains(eval(r[1]), item))
        case "getitem": return try Protocol.getItem(eval(r[0]), eval(r[1]))
        case "setitem":
            let c = try eval(r[0])
            try Protocol.setItem(c, eval(r[1]), eval(r[2]))
            return c
        case "delitem":
            let c = try eval(r[0])
            try Protocol.deleteItem(c, eval(r[1]))
            return c
        case "slice":
            let p = try evalAll(r)
            return .object(PySlice(start: p[0], stop: p[1], step: p[2]))
        case "hash": return .int(try Protocol.hash(eval(r[0])))
        case "is": return .bool(try eval(r[0]).isIdentical(to: eval(r[1])))
        case "bool": return .bool(try Protocol.isTrue(eval(r[0])))
        case "repr": return .str(try Protocol.repr(eval(r[0])))
        case "try":
            do throws(PyException) {
                return try eval(r[0])
            } catch {
                return .str(error.type.name)
            }
        case "unpack":
            guard case .int(let n) = r[1] else { fatalError() }
            return .object(PyTuple(try ContainerOps.unpack(eval(r[0]), count: n)))
        case "unpackex":
            guard case .int(let b) = r[1], case .int(let a) = r[2] else { fatalError() }
            return .object(PyTuple(try ContainerOps.unpackEx(eval(r[0]), before: b, after: a)))
        default: fatalError("unknown fixture form \(head)")
        }
    }

    private func builtin(_ name: String) throws(PyException) -> PyValue {
        if let v = Runtime.builtins.lookup(name) { return v }
        switch name {
        case "bool": return .object(Types.bool)
        case "type":
            return .object(PyBuiltinFunction(name: "type") { (a) throws(PyException) -> PyValue in .object(a[0].type) })
        default: throw PyException(Types.nameError, "name '\(name)' is not defined")
        }
    }

    /// A call, through the runtime's call protocol (types: `__new__`, then `__init__`).
    func call(_ f: PyValue, _ args: [PyValue], kwnames: [PyStr]) throws(PyException) -> PyValue {
        try Protocol.call(f, args, kwnames: kwnames)
    }

    /// Binary and in-place operators through the dunders (`binary_op1`), ints inline.
    func binary(_ sym: String, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
        let names: [String: String] = ["+": "add", "-": "sub", "*": "mul", "|": "or", "&": "and", "^": "xor"]
        var base = sym
        if sym.hasSuffix("=") {
            base = String(sym.dropLast())
            if let m = a.type.lookup(Names.intern("__i\(names[base]!)__")) {
                let r = try Protocol.callMethod(m, self: a, [b])
                if !r.isNotImplemented { return r }
            }
        }
        if case .int(let x) = a, case .int(let y) = b {
            switch base {
            case "+": return .int(x + y)
            case "-": return .int(x - y)
            case "*": return .int(x * y)
            default: break
            }
        }
        let name = names[base]!
        let ta = a.type, tb = b.type
        var triedReflected = false
        if ta !== tb && tb.isSubtype(of: ta), let m = tb.lookup(Names.intern("__r\(name)__")) {
            triedReflected = true
            let r = try Protocol.callMethod(m, self: b, [a])
            if !r.isNotImplemented { return r }
        }
        if let m = ta.lookup(Names.intern("__\(name)__")) {
            let r = try Protocol.callMethod(m, self: a, [b])
            if !r.isNotImplemented { return r }
        }
        if !triedReflected && ta !== tb, let m = tb.lookup(Names.intern("__r\(name)__")) {
            let r = try Protocol.callMethod(m, self: b, [a])
            if !r.isNotImplemented { return r }
        }
        throw .typeError("unsupported operand type(s) for \(sym): '\(ta.name)' and '\(tb.name)'")
    }
}

/// The fixture language's test functions (`["fn", name]`), natively.
enum TestFunctions {
    static func make(_ name: String) -> PyValue {
        func f(_ body: @escaping NativeFunction) -> PyValue { .object(PyBuiltinFunction(name: name, body)) }
        func int(_ v: PyValue) -> Int {
            switch v {
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            default: fatalError("test function \(name) expects ints")
            }
        }
        func floorMod(_ x: Int, _ m: Int) -> Int { ((x % m) + m) % m }
        switch name {
        case "neg": return f { (a) throws(PyException) -> PyValue in .int(-int(a[0])) }
        case "mod3": return f { (a) throws(PyException) -> PyValue in .int(floorMod(int(a[0]), 3)) }
        case "mod2": return f { (a) throws(PyException) -> PyValue in .int(floorMod(int(a[0]), 2)) }
        case "isodd": return f { (a) throws(PyException) -> PyValue in .bool(floorMod(int(a[0]), 2) == 1) }
        case "first": return f { (a) throws(PyException) -> PyValue in try Protocol.getItem(a[0], .int(0)) }
        case "second": return f { (a) throws(PyException) -> PyValue in try Protocol.getItem(a[0], .int(1)) }
        case "ident": return f { (a) throws(PyException) -> PyValue in a[0] }
        case "add": return f { (a) throws(PyException) -> PyValue in .int(int(a[0]) + int(a[1])) }
        case "pair": return f { (a) throws(PyException) -> PyValue in .object(PyTuple(a.positional)) }
        case "boom": return f { (_) throws(PyException) -> PyValue in throw .valueError("boom") }
        case "counter":
            var n = 0
            return f { (_) throws(PyException) -> PyValue in
                defer { n += 1 }
                return .int(n)
            }
        default: fatalError("unknown test function \(name)")
        }
    }
}
