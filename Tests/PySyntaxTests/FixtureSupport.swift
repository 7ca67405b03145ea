import Foundation
import JitbookTestSupport
import PySyntax

/// Loading the CPython-generated fixtures under Tests/Fixtures/syntax.
enum SyntaxFixtures {
    static let root = TestPaths.fixtures("syntax")

    /// The `.py` files of `ok` or `err`, by name, sorted.
    static func names(_ folder: String) -> [String] {
        let dir = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.sorted()
    }

    static func url(_ folder: String, _ name: String) -> URL {
        root.appendingPathComponent(folder).appendingPathComponent(name)
    }

    /// The source as the generator reads it: UTF-8, newlines untouched (parse drops a BOM).
    static func source(_ folder: String, _ name: String) throws -> String {
        let data = try Data(contentsOf: url(folder, name))
        return String(decoding: data, as: UTF8.self)
    }

    /// NAME.eval.py and NAME.single.py are parsed in those modes.
    static func mode(_ name: String) -> ParseMode {
        if name.hasSuffix(".eval.py") { return .eval }
        if name.hasSuffix(".single.py") { return .single }
        return .exec
    }

    /// A sibling file with another extension (".ast", ".err").
    static func expected(_ folder: String, _ name: String, _ ext: String) throws -> String {
        let base = String(name.dropLast(3))
        let data = try Data(contentsOf: root.appendingPathComponent(folder)
            .appendingPathComponent(base + ext))
        return String(decoding: data, as: UTF8.self)
    }
}
