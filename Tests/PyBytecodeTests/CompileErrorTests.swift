import Foundation
import Testing
@testable import PyBytecode
import PySyntax

/// Symbol-table and compiler errors: the programs in compile_errors.json (which python3's
/// parser accepts and its compiler rejects) must fail with CPython's message and position.
@Suite struct CompileErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let index: Int
        let source: String
        var testDescription: String { source.replacingOccurrences(of: "\n", with: "⏎") }
    }

    static let rows: [[String: Any]] = {
        let url = DisFixtures.directory.appendingPathComponent("compile_errors.json")
        let data = (try? Data(contentsOf: url)) ?? Data("[]".utf8)
        return (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }()

    static let cases: [Case] = rows.enumerated().map {
        Case(index: $0.offset, source: $0.element["source"] as! String)
    }

    @Test(arguments: cases)
    func errorMatchesCPython(_ c: Case) throws {
        let row = Self.rows[c.index]
        let mod = try ASTJSON.mod(row["ast"] as! [String: Any])
        do {
            _ = try compile(mod, filename: "<case>", mode: .exec, source: c.source)
            Issue.record("compiled without error")
        } catch {
            #expect(error.message == row["message"] as! String)
            #expect(error.filename == "<case>")
            #expect(error.lineno == row["lineno"] as! Int, "lineno")
            #expect(error.offset == row["offset"] as! Int, "offset")
            #expect(error.endLineno == row["end_lineno"] as! Int, "end_lineno")
            // CPython's None (no end column) is -1 here.
            #expect(error.endOffset == (row["end_offset"] as? Int ?? -1), "end_offset")
            let lines = c.source.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(error.text == String(lines[error.lineno - 1]) + "\n", "text")
        }
    }

    @Test func casesWereGenerated() {
        #expect(Self.rows.count >= 30)
    }
}

/// The compiler's SyntaxWarnings (warnings.json): same messages, lines and order as python3.
@Suite struct CompileWarningTests {
    static let rows: [[String: Any]] = {
        let url = DisFixtures.directory.appendingPathComponent("warnings.json")
        let data = (try? Data(contentsOf: url)) ?? Data("[]".utf8)
        return (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }()

    static let cases: [CompileErrorTests.Case] = rows.enumerated().map {
        CompileErrorTests.Case(index: $0.offset, source: $0.element["source"] as! String)
    }

    @Test(arguments: cases)
    func warningsMatchCPython(_ c: CompileErrorTests.Case) throws {
        let row = Self.rows[c.index]
        let mod = try ASTJSON.mod(row["ast"] as! [String: Any])
        var warnings: [CompileWarning] = []
        _ = try compile(mod, filename: "<case>", mode: .exec, warnings: &warnings)
        let want = (row["warnings"] as! [[Any]]).map { w in
            CompileWarning(category: w[0] as! String, message: w[1] as! String,
                           filename: "<case>", lineno: w[2] as! Int)
        }
        #expect(warnings == want)
    }
}
