import Foundation
import Testing
import PySyntax

/// Every fixture program against what CPython 3.11 printed for it
/// (scripts/gen_syntax_fixtures.py): the whole `ast.dump` text with positions, or the whole
/// SyntaxError.
@Suite struct FixtureTests {
    @Test func fixturesArePresent() {
        #expect(SyntaxFixtures.names("ok").count >= 40)
        #expect(SyntaxFixtures.names("err").count >= 40)
    }

    @Test(arguments: SyntaxFixtures.names("ok"))
    func parsesLikeCPython(_ name: String) throws {
        let source = try SyntaxFixtures.source("ok", name)
        var expected = try SyntaxFixtures.expected("ok", name, ".ast")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // Mod has no Interactive case: single mode gives a Module holding the statement.
        if expected.hasPrefix("Interactive(body=") {
            expected = "Module(body=" + expected.dropFirst("Interactive(body=".count).dropLast()
                + ", type_ignores=[])"
        }
        let mode = SyntaxFixtures.mode(name)
        do {
            let mod = try parse(source, filename: name, mode: mode)
            let dump = dumpAST(mod, includeAttributes: true)
            #expect(dump == expected, "\(name): \(firstDifference(dump, expected))")
        } catch {
            let message = "\(name): unexpected \(error.className): \(error.message) at "
                + "\(error.lineno):\(error.offset)"
            Issue.record(Comment(rawValue: message))
        }
    }

    @Test(arguments: SyntaxFixtures.names("err"))
    func failsLikeCPython(_ name: String) throws {
        let source = try SyntaxFixtures.source("err", name)
        let json = try SyntaxFixtures.expected("err", name, ".err")
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let expected = try #require(object)
        do {
            _ = try parse(source, filename: name, mode: SyntaxFixtures.mode(name))
            Issue.record("\(name): parsed, but CPython raised \(expected["msg"] ?? "")")
        } catch {
            #expect(error.className == expected["class"] as? String, "\(name)")
            #expect(error.message == expected["msg"] as? String, "\(name)")
            #expect(error.lineno == expected["lineno"] as? Int, "\(name) lineno")
            #expect(error.offset == expected["offset"] as? Int, "\(name) offset")
            #expect(error.endLineno == expected["end_lineno"] as? Int, "\(name) end_lineno")
            #expect(error.endOffset == expected["end_offset"] as? Int, "\(name) end_offset")
            #expect(error.text == expected["text"] as? String, "\(name) text")
            #expect(error.filename == name)
        }
    }

    /// A short window around the first differing character, for readable failures.
    func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a), y = Array(b)
        var i = 0
        while i < x.count && i < y.count && x[i] == y[i] { i += 1 }
        let lo = max(0, i - 80)
        return "got …\(String(x[lo..<min(x.count, i + 80)]))… expected …"
            + "\(String(y[lo..<min(y.count, i + 80)]))…"
    }
}
