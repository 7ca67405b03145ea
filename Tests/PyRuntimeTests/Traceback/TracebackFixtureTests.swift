import Foundation
import JitbookTestSupport
import PySyntax
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// The printer against what python3 3.11 printed (Tests/Fixtures/tracebacks, made by
    /// scripts/gen_traceback_fixtures.py): every fixture byte for byte.
    @Suite struct TracebackFixtureTests {
        init() { TestShims.ensureStrRepr() }

        @Test func thereAreEnoughFixtures() {
            #expect(TracebackFixture.names.count >= 25)
        }

        @Test(arguments: TracebackFixture.names)
        func matchesCPython(_ name: String) throws {
            let fixture = try TracebackFixture(name)
            fixture.registerSource()
            let e = try fixture.build()
            let printed = TracebackPrinter.format(e)
            #expect(printed == fixture.expected, "\(name):\n\(printed)\n--- expected:\n\(fixture.expected)")
        }

        /// The `traceback` module's rendering (Lib/traceback.py) against `expected_py`.
        @Test(arguments: TracebackFixture.names)
        func tracebackModuleMatchesCPython(_ name: String) throws {
            let fixture = try TracebackFixture(name)
            fixture.registerSource()
            let e = try fixture.build()
            let printed = TracebackPrinter.pythonChunks(e).joined()
            let expected = fixture.json["expected_py"] as! String
            #expect(printed == expected, "\(name):\n\(printed)\n--- expected:\n\(expected)")
        }

        /// The same report when the source is read from disk by its absolute path.
        @Test func readsSourceFromDisk() throws {
            let fixture = try TracebackFixture("call_nested")
            let path = TracebackFixture.directory.appendingPathComponent("call_nested.py").path
            let e = try fixture.build()
            e.traceback = e.traceback.map { entry in
                var entry = entry
                entry.filename = path
                return entry
            }
            let expected = fixture.expected.replacingOccurrences(of: "\"call_nested.py\"", with: "\"\(path)\"")
            #expect(TracebackPrinter.format(e) == expected)
        }
    }
}
