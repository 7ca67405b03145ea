import Foundation
import Testing
@testable import PyBytecode
import PySyntax

/// `eval` and `single` (interactive) compilation, and empty modules, against python3
/// (modes.json).
@Suite struct CompileModeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let index: Int
        let mode: String
        let source: String
        var testDescription: String {
            mode + ": " + source.replacingOccurrences(of: "\n", with: "⏎")
        }
    }

    static let rows: [[String: Any]] = {
        let url = DisFixtures.directory.appendingPathComponent("modes.json")
        let data = (try? Data(contentsOf: url)) ?? Data("[]".utf8)
        return (try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]) ?? []
    }()

    static let cases: [Case] = rows.enumerated().map {
        Case(index: $0.offset, mode: $0.element["mode"] as! String,
             source: $0.element["source"] as! String)
    }

    @Test(arguments: cases)
    func disMatchesCPython(_ c: Case) throws {
        let row = Self.rows[c.index]
        let mod = try ASTJSON.mod(row["ast"] as! [String: Any])
        let mode: ParseMode = c.mode == "eval" ? .eval : c.mode == "single" ? .single : .exec
        let co = try compile(mod, filename: "<\(c.mode)>", mode: mode,
                             optimize: row["optimize"] as? Int ?? 0)
        let text = Disassembler.dis(co, codeAddress: DisFixtures.address)
        if let diff = DisFixtures.firstDifference(row["dis"] as! String, text) {
            Issue.record("\(diff)")
        }
        var codes: [(String, CodeObject)] = []
        DisFixtures.walk(co, "<module>", into: &codes)
        let want = row["codes"] as! [[String: Any]]
        #expect(codes.map { $0.1.stacksize } == want.map { $0["stacksize"] as! Int })
        #expect(codes.map { $0.1.flags.rawValue } == want.map { $0["flags"] as! Int })
        #expect(codes.map { $0.1.consts.map { $0.pythonRepr(codeAddress: DisFixtures.address) } }
                == want.map { $0["consts"] as! [String] })
        #expect(codes.map { $0.1.names } == want.map { $0["names"] as! [String] })
    }
}
