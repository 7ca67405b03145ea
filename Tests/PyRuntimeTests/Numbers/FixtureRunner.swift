import Foundation
import JitbookTestSupport
@testable import PyRuntime

/// Replays the cases `scripts/gen_number_fixtures.py` recorded from CPython 3.11: rebuilds the
/// operands, performs the operation through PyRuntime's natives, and renders the outcome the way
/// the fixture does (`repr(result)`, or the exception's type and message).
enum FixtureRunner {
    struct Failure: CustomStringConvertible {
        let file: String
        let index: Int
        let source: String
        let expected: String
        let got: String
        var description: String { "\(file)#\(index) `\(source)`: expected \(expected), got \(got)" }
    }

    /// Runs every case of `Tests/Fixtures/numbers/<name>.json`; returns the case count and the
    /// failures.
    static func run(_ name: String) throws -> (count: Int, failures: [Failure]) {
        Runtime.bootstrap()
        let url = TestPaths.fixtures("numbers").appendingPathComponent(name + ".json")
        let data = try Data(contentsOf: url)
        guard let cases = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var failures: [Failure] = []
        let trace = ProcessInfo.processInfo.environment["FIXTURE_TRACE"] != nil
        for (i, c) in cases.enumerated() {
            let src = c["src"] as! String
            if trace { FileHandle.standardError.write("\(name)#\(i) \(src)\n".data(using: .utf8)!) }
            let expect = c["expect"] as! [String: Any]
            let expected: String
            if let r = expect["repr"] as? String {
                expected = r
            } else {
                expected = "\(expect["exc"] as! String): \(expect["msg"] as! String)"
            }
            let got = outcome { () throws(PyException) -> PyValue in try perform(c["op"] as! [String: Any]) }
            if got != expected {
                failures.append(Failure(file: name, index: i, source: src, expected: expected, got: got))
            }
            // Number pairs also go through the type dicts' dunders, bypassing the fast path.
            if let op = c["op"] as? [String: Any], op["k"] as? String == "bin",
               let slow = slowBinary(op), slow != got, got == expected {
                failures.append(Failure(file: name, index: i, source: src + " (via dunders)",
                                        expected: expected, got: slow))
            }
        }
        return (cases.count, failures)
    }

    static func outcome(_ body: () throws(PyException) -> PyValue) -> String {
        do {
            return try render(body())
        } catch {
            return "\(error.type.name): \(message(error))"
        }
    }

    /// `str(e)` as CPython prints it.
    static func message(_ e: PyException) -> String {
        let args = e.value.args
        if args.count == 1 {
            if e.matches(Types.keyError) { return (try? render(args[0])) ?? "?" }
            return (try? Protocol.str(args[0])) ?? "?"
        }
        if args.isEmpty { return "" }
        return (try? render(.object(PyTuple(args)))) ?? "?"
    }

    /// `repr(v)`, with list, tuple and dict rendered here (their reprs are not this branch's).
    static func render(_ v: PyValue) throws(PyException) -> String {
        if v.isNotImplemented { return "NotImplemented" }
        if case .object(let o) = v {
            if let l = o as? PyList {
                var parts: [String] = []
                for x in l.elements { parts.append(try render(x)) }
                return "[" + parts.joined(separator: ", ") + "]"
            }
            if let t = o as? PyTuple {
                var parts: [String] = []
                for x in t.elements { parts.append(try render(x)) }
                return t.elements.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
            }
            if let d = o as? PyDict {
                var parts: [String] = []
                for (k, x) in d.items { parts.append(try render(k) + ": " + render(x)) }
                return "{" + parts.joined(separator: ", ") + "}"
            }
        }
        return try Protocol.repr(v)
    }

    // MARK: Values

    static func value(_ j: Any) -> PyValue {
        let d = j as! [String: Any]
        if let s = d["i"] as? String {
            let negative = s.hasPrefix("-")
            let digits = Array((negative ? s.dropFirst(3) : s.dropFirst(2)).utf8)
            let v = try! NumberParsing.parseInt(digits, base: 16, original: .none)
            return negative ? IntMath.negative(v) : v
        }
        if let s = d["f"] as? String { return .float(Double(s)!) }
        if let s = d["s"] as? String { return .str(s) }
        if let s = d["b"] as? String {
            var bytes: [UInt8] = []
            var it = s.makeIterator()
            while let hi = it.next(), let lo = it.next() {
                bytes.append(UInt8(String([hi, lo]), radix: 16)!)
            }
            return .object(PyBytes(bytes))
        }
        if let b = d["T"] as? Bool { return .bool(b) }
        if d["N"] != nil { return .none }
        if let c = d["c"] as? [String] { return .complex(Complex(Double(c[0])!, Double(c[1])!)) }
        if let t = d["t"] as? [Any] { return .object(PyTuple(t.map(value))) }
        if let l = d["l"] as? [Any] { return .object(PyList(l.map(value))) }
        if let pairs = d["d"] as? [[Any]] {
            let dict = PyDict()
            for p in pairs { try! dict.setItem(value(p[0]), value(p[1])) }
            return .object(dict)
        }
        if let s = d["sl"] as? [Any] {
            return .object(PySlice(start: value(s[0]), stop: value(s[1]), step: value(s[2])))
        }
        fatalError("unknown value \(d)")
    }

    // MARK: Operations

    static let modules: [String: () -> PyModule] = ["math": MathModule.make, "random": RandomModule.make]
    nonisolated(unsafe) static var moduleCache: [String: PyModule] = [:]

    static func module(_ name: String) -> PyModule {
        if let m = moduleCache[name] { return m }
        let m = modules[name]!()
        moduleCache[name] = m
        return m
    }

    static func call(_ f: PyValue, _ op: [String: Any]) throws(PyException) -> PyValue {
        var args = (op["args"] as! [Any]).map(value)
        var names: [PyStr] = []
        for kw in op["kw"] as? [[Any]] ?? [] {
            names.append(PyStr(kw[0] as! String))
            args.append(value(kw[1]))
        }
        return try Protocol.call(f, args, kwnames: names)
    }

    static func binaryOperation(_ symbol: String) -> BinaryOperation {
        BinaryOperation.allCases.first { $0.symbol == symbol }!
    }

    static func compareOperation(_ symbol: String) -> Protocol.CompareOp? {
        [Protocol.CompareOp.lt, .le, .eq, .ne, .gt, .ge].first { $0.symbol == symbol }
    }

    static func perform(_ op: [String: Any]) throws(PyException) -> PyValue {
        switch op["k"] as! String {
        case "bin":
            return try Protocol.binaryOp(binaryOperation(op["op"] as! String), value(op["a"]!), value(op["b"]!))
        case "cmp":
            let a = value(op["a"]!), b = value(op["b"]!)
            let symbol = op["op"] as! String
            if symbol == "in" || symbol == "not in" {
                guard let m = b.type.lookup(Names.__contains__) else {
                    throw .typeError("argument of type '\(b.type.name)' is not iterable")
                }
                let r = try Protocol.isTrue(Protocol.callMethod(m, self: b, [a]))
                return .bool(symbol == "in" ? r : !r)
            }
            let c = compareOperation(symbol)!
            let r = try Protocol.richCompare(a, b, c)
            if let fast = NumberFastPath.compare(c, a, b), case .bool(let slow) = r, fast != slow {
                return .str("fast path disagrees: \(fast)")
            }
            return r
        case "un":
            let a = value(op["a"]!)
            switch op["op"] as! String {
            case "-": return try Protocol.negative(a)
            case "+": return try Protocol.positive(a)
            case "~": return try Protocol.invert(a)
            default: return try Protocol.not(a)
            }
        case "item":
            let a = value(op["a"]!)
            guard let m = a.type.lookup(Names.__getitem__) else {
                throw .typeError("'\(a.type.name)' object is not subscriptable")
            }
            return try Protocol.callMethod(m, self: a, [value(op["b"]!)])
        case "attr":
            return try Protocol.getAttr(value(op["a"]!), Names.intern(op["name"] as! String))
        case "meth":
            return try call(Protocol.getAttr(value(op["a"]!), Names.intern(op["f"] as! String)), op)
        case "tcall":
            let t = Runtime.builtins.lookup(op["t"] as! String)!
            return try call(Protocol.getAttr(t, Names.intern(op["f"] as! String)), op)
        case "mod":
            let m = module(op["m"] as! String)
            guard let f = m.dict!.lookup(op["f"] as! String) else {
                throw Protocol.attributeError(.object(m), Names.intern(op["f"] as! String))
            }
            return try call(f, op)
        case "modattr":
            let m = module(op["m"] as! String)
            guard let v = m.dict!.lookup(op["name"] as! String) else {
                throw Protocol.attributeError(.object(m), Names.intern(op["name"] as! String))
            }
            return v
        case "tolist":
            return .object(PyList(try Protocol.toArray(perform(op["x"] as! [String: Any]))))
        case "seq":
            let m = modules[op["m"] as! String]!()
            var results: [PyValue] = []
            for c in op["calls"] as! [[String: Any]] {
                let f = m.dict!.lookup(c["f"] as! String)!
                if c["f"] as! String == "shuffle" {
                    let list = value((c["args"] as! [Any])[0])
                    _ = try Protocol.call(f, [list])
                    results.append(list)
                } else {
                    results.append(try call(f, c))
                }
            }
            return .object(PyList(results))
        case "call":
            return try builtin(op)
        default:
            fatalError("unknown operation \(op)")
        }
    }

    /// A builtin call; the ones this branch does not own (hash, repr, len, list, sum) are done
    /// here through the protocol.
    static func builtin(_ op: [String: Any]) throws(PyException) -> PyValue {
        let name = op["f"] as! String
        let args = (op["args"] as! [Any]).map(value)
        switch name {
        case "hash": return .int(try Protocol.hash(args[0]))
        case "repr": return .str(try Protocol.repr(args[0]))
        case "len":
            guard let m = args[0].type.lookup(Names.__len__) else {
                throw .typeError("object of type '\(args[0].type.name)' has no len()")
            }
            return try Protocol.callMethod(m, self: args[0], [])
        case "list": return .object(PyList(try Protocol.toArray(args[0])))
        case "iter": return try Protocol.getIter(args[0])
        case "sum":
            var total: PyValue = .int(0)
            for x in try Protocol.toArray(args[0]) { total = try Protocol.binaryOp(.add, total, x) }
            return total
        default: break
        }
        guard let f = Runtime.builtins.lookup(name) else { throw .nameError("test harness: no builtin \(name)") }
        if case .object(let t as PyType) = f {
            // The type call: `cls.__new__(cls, *args, **kwargs)`.
            let new = try Protocol.getAttr(.object(t), Names.__new__)
            var all = [PyValue.object(t)] + args
            var names: [PyStr] = []
            for kw in op["kw"] as? [[Any]] ?? [] {
                names.append(PyStr(kw[0] as! String))
                all.append(value(kw[1]))
            }
            return try Protocol.call(new, all, kwnames: names)
        }
        return try call(f, op)
    }

    /// The outcome of a binary case through `binary_op1` over the dunders only, for number
    /// operands (nil for other cases).
    static func slowBinary(_ op: [String: Any]) -> String? {
        let a = value(op["a"]!), b = value(op["b"]!)
        func isNumber(_ v: PyValue) -> Bool {
            switch v {
            case .int, .float, .bool: return true
            case .object(let o): return o is PyLong || o is PyComplex
            default: return false
            }
        }
        guard isNumber(a) && isNumber(b) else { return nil }
        let bop = binaryOperation(op["op"] as! String)
        return outcome { () throws(PyException) -> PyValue in
            let r = try Protocol.binaryOp1(bop.base, a, b)
            if r.isNotImplemented { throw Protocol.binaryOpError(bop, a, b) }
            return r
        }
    }
}
