import Foundation
import Testing
@testable import PyBytecode
import PySyntax

/// Optional large-scale comparison: set JITBOOK_STRESS_DIR to a folder of NAME.ast.json and
/// NAME.expected.json pairs in the fixtures' format (for example, the CPython 3.11 standard
/// library run through scripts/gen_dis_fixtures.py's functions) and every file is compiled and
/// compared. Skipped otherwise.
@Suite struct StressTests {
    static let directory = ProcessInfo.processInfo.environment["JITBOOK_STRESS_DIR"]
    static let useParser = ProcessInfo.processInfo.environment["JITBOOK_STRESS_PARSE"] != nil

    @Test(.enabled(if: directory != nil))
    func largeCorpusMatchesCPython() throws {
        let dir = URL(fileURLWithPath: Self.directory!)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".ast.json") }.sorted()
        var failures: [String] = []
        for f in files {
            let base = String(f.dropLast(".ast.json".count))
            let data = try Data(contentsOf: dir.appendingPathComponent(base + ".expected.json"))
            let expected = try JSONSerialization.jsonObject(with: data) as! [String: Any]
            let name = expected["file"] as! String
            let mod: Mod
            if Self.useParser, let path = expected["source_path"] as? String {
                // JITBOOK_STRESS_PARSE=1: through PySyntax's parser instead of python3's AST.
                let source = try String(contentsOfFile: path, encoding: .utf8)
                do {
                    mod = try parse(source, filename: name, mode: .exec)
                } catch {
                    failures.append("\(name): parse failed: \(error.message) line \(error.lineno)")
                    continue
                }
            } else {
                do {
                    mod = try ASTJSON.load(dir.appendingPathComponent(f))
                } catch {
                    continue  // constructs outside Jitbook's AST
                }
            }
            let co: CodeObject
            do {
                co = try compile(mod, filename: name, mode: .exec)
            } catch {
                failures.append("\(name): \(error.message)")
                continue
            }
            let text = Disassembler.dis(co, codeAddress: DisFixtures.address)
            if let diff = DisFixtures.firstDifference(expected["module_dis"] as! String, text) {
                // frozensets of strings iterate in per-process hash order: not comparable.
                if !diff.contains("frozenset({'") && !diff.contains("frozenset({(")
                    && !diff.contains("frozenset({b'") {
                    failures.append("\(name): \(diff)")
                    try? text.write(toFile: "/tmp/jitbook-stress-\(name).actual.txt",
                                    atomically: true, encoding: .utf8)
                }
                continue
            }
            var codes: [(String, CodeObject)] = []
            DisFixtures.walk(co, "<module>", into: &codes)
            for ((path, c), want) in zip(codes, expected["codes"] as! [[String: Any]]) {
                var what: [String] = []
                if c.stacksize != want["stacksize"] as! Int { what.append("stacksize") }
                if c.flags.rawValue != want["flags"] as! Int { what.append("flags") }
                if c.names != want["names"] as! [String] { what.append("names") }
                if c.varnames != want["varnames"] as! [String] { what.append("varnames") }
                let consts = c.consts.map { $0.pythonRepr(codeAddress: DisFixtures.address) }
                if consts != want["consts"] as! [String] { what.append("consts") }
                let positions = c.positions.map { [$0.lineno, $0.endLineno, $0.colOffset, $0.endColOffset] }
                let wantPositions = (want["positions"] as! [[Any]]).map { $0.map { $0 as? Int } }
                if positions != wantPositions { what.append("positions") }
                if !what.isEmpty { failures.append("\(name): \(path): \(what)") }
            }
        }
        let report = failures.joined(separator: "\n\n")
        try? report.write(toFile: "/tmp/jitbook-stress-report.txt", atomically: true, encoding: .utf8)
        #expect(failures.isEmpty, "\(failures.count) of \(files.count) files differ; see /tmp/jitbook-stress-report.txt")
    }
}
