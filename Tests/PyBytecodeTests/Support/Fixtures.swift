import Foundation
import JitbookTestSupport
import PyBytecode
import PySyntax

/// The dis fixtures: NAME.py, with NAME.ast.json and NAME.expected.json from
/// scripts/gen_dis_fixtures.py.
enum DisFixtures {
    static let directory = TestPaths.fixtures("dis")

    /// Fixture programs, by file name.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.sorted()
    }()

    static func source(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func ast(_ name: String) throws -> Mod {
        try ASTJSON.load(directory.appendingPathComponent(
            String(name.dropLast(3)) + ".ast.json"))
    }

    static func expected(_ name: String) throws -> [String: Any] {
        let url = directory.appendingPathComponent(String(name.dropLast(3)) + ".expected.json")
        let data = try Data(contentsOf: url)
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Code-object addresses as the fixtures normalise them.
    static let address: (CodeObject) -> String = { _ in "0xADDR" }

    /// Code objects depth first, as the generator lists them.
    static func walk(_ co: CodeObject, _ path: String, into out: inout [(String, CodeObject)]) {
        out.append((path, co))
        for c in co.consts {
            if let nested = c.codeObject { walk(nested, path + "/" + nested.name, into: &out) }
        }
    }

    /// The first differing line of two texts, with a little context, for test messages.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        if expected == actual { return nil }
        let e = expected.components(separatedBy: "\n")
        let a = actual.components(separatedBy: "\n")
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "<end>"
            let al = i < a.count ? a[i] : "<end>"
            if el != al {
                let lo = max(0, i - 3)
                let ctx = (lo..<i).map { "  " + (e.indices.contains($0) ? e[$0] : "") }
                return (["line \(i + 1) differs after:"] + ctx
                    + ["- expected: " + el, "+ actual:   " + al]).joined(separator: "\n")
            }
        }
        return "texts differ"
    }
}
