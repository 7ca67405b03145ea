import Foundation
import JitbookTestSupport
import PySyntax
@testable import PyRuntime

/// Rebuilds the exceptions recorded by scripts/gen_traceback_fixtures.py, so the printer can be
/// compared with what python3 printed for them.
struct TracebackFixture {
    let name: String
    let json: [String: Any]

    static let directory = TestPaths.fixtures("tracebacks")

    /// Every fixture's name (the `.json` files).
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    init(_ name: String) throws {
        self.name = name
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name + ".json"))
        json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    var expected: String { json["expected"] as! String }
    var filename: String { json["filename"] as! String }
    var source: String {
        (try? String(contentsOf: Self.directory.appendingPathComponent(name + ".py"),
                     encoding: .utf8)) ?? ""
    }

    /// Registers the program's text under the name it ran as (fixtures that test a missing
    /// source ran under another name and stay unregistered).
    func registerSource() {
        if filename == name + ".py" { SourceCache.register(filename: filename, source: source) }
    }

    /// The printed exception, with its causes and contexts linked.
    func build() throws -> PyBaseException {
        let records = json["exceptions"] as! [[String: Any]]
        var classes: [String: PyType] = [:]
        let built = try records.map { try makeException($0, classes: &classes) }
        for (record, e) in zip(records, built) {
            if let c = record["cause"] as? Int { e.cause = built[c] }
            if let c = record["context"] as? Int { e.context = built[c] }
            e.suppressContext = record["suppress_context"] as? Bool ?? false
        }
        return built[0]
    }

    private func makeException(_ r: [String: Any], classes: inout [String: PyType]) throws -> PyBaseException {
        let type = try exceptionType(r, classes: &classes)
        let e: PyBaseException
        if let s = r["syntax"] as? [String: Any] {
            let kind: Runtime.SyntaxErrorKind = type === Types.tabError ? .tab
                : type === Types.indentationError ? .indentation : .syntax
            e = Runtime.makeSyntaxError(
                kind: kind, message: s["msg"] as! String, filename: s["filename"] as! String,
                lineno: s["lineno"] as! Int, offset: s["offset"] as? Int, text: s["text"] as? String,
                endLineno: s["end_lineno"] as? Int, endOffset: s["end_offset"] as? Int).value
        } else {
            e = PyBaseException(type: type, args: (r["args"] as! [Any]).map(Self.decode))
        }
        if let notes = r["notes"] as? [String], !notes.isEmpty {
            e.dict!.setItem("__notes__", .object(PyList(notes.map { .str($0) })))
        }
        if let n = r["name"] as? String { e.dict!.setItem("name", .str(n)) }
        if let names = r["dir"] as? [String] {
            // An object whose dir() is exactly these names: a module holding them.
            let m = PyModule(name: "fixture")
            if !names.contains("__name__") { try m.dict!.removeItem(.str("__name__")) }
            for n in names { m.dict!.setItem(n, .none) }
            e.dict!.setItem("obj", .object(m))
        }
        if let scope = r["scope"] as? [String: [String]] {
            func dict(_ keys: [String]) -> PyDict {
                let d = PyDict()
                for k in keys { d.setItem(k, .none) }
                return d
            }
            e.nameErrorScope = NameErrorScope(varnames: scope["varnames"]!,
                                              globals: dict(scope["globals"]!),
                                              builtins: dict(scope["builtins"]!))
        }
        e.traceback = (r["entries"] as! [[String: Any]]).map { entry in
            var range: SourceRange?
            if let p = entry["range"] as? [Int] {
                range = SourceRange(lineno: p[0], colOffset: p[1], endLineno: p[2], endColOffset: p[3])
            }
            return TracebackEntry(filename: entry["filename"] as! String, name: entry["name"] as! String,
                                  lineno: entry["lineno"] as! Int, range: range)
        }
        return e
    }

    private func exceptionType(_ r: [String: Any], classes: inout [String: PyType]) throws -> PyType {
        let typeName = r["type"] as! String
        let module = r["module"] as! String
        let all = Types.allExceptions + Types.extraExceptions
        if module == "builtins" { return all.first { $0.name == typeName }! }
        let qualname = r["qualname"] as! String
        let key = module + "." + qualname
        if let t = classes[key] { return t }
        let base = all.first { $0.name == (r["base"] as! String) }!
        let t = try PyType.makeClass(name: typeName, qualname: qualname, bases: [base],
                                     namespace: PyDict(), module: module)
        classes[key] = t
        return t
    }

    static func decode(_ a: Any) -> PyValue {
        let d = a as! [String: Any]
        if let i = d["int"] as? Int { return .int(i) }
        if let s = d["str"] as? String { return .str(s) }
        if let t = d["tuple"] as? [Any] { return .object(PyTuple(t.map(decode))) }
        return .none
    }
}

enum TestShims {
    /// `str.__repr__` belongs to the strings work and may not be merged into this branch yet;
    /// until it is, tests that print a str's repr get this minimal one.
    static func ensureStrRepr() {
        Runtime.bootstrap()
        guard Types.str.dict!.lookup("__repr__") == nil else { return }
        Types.str.addMethod("__repr__") { (a) throws(PyException) -> PyValue in
            guard case .object(let s as PyStr) = a[0] else { return .none }
            let quote: Character = s.value.contains("'") && !s.value.contains("\"") ? "\"" : "'"
            var out = String(quote)
            for c in s.value.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if Character(c) == quote { out += "\\" }
                    out.unicodeScalars.append(c)
                }
            }
            out.append(quote)
            return .str(out)
        }
        TypeRegistry.invalidateLookups()
    }
}
