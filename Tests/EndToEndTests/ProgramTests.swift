import Foundation
import JitbookTestSupport
import Testing

/// Runs each `Tests/Fixtures/programs/*.py` through the release `jitbook` binary and compares
/// stdout, the exit status and the last stderr line with what python3 gave
/// (scripts/gen_program_fixtures.py).
struct ProgramTests {
    static let programs: [String] = {
        let dir = TestPaths.fixtures("programs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted()
    }()

    @Test(arguments: programs)
    func matchesCPython(_ name: String) throws {
        let dir = TestPaths.fixtures("programs")
        let base = dir.appendingPathComponent(String(name.dropLast(3)))
        let expectedOut = try String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
        let status = try String(contentsOf: base.appendingPathExtension("status"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let result = try JitbookRunner.run([name], in: dir)
        #expect(result.stdout == expectedOut, "stdout of \(name)")
        #expect(String(result.status) == status[0], "exit status of \(name)")
        let lastErr = result.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(lastErr.replacingOccurrences(of: dir.path, with: "<DIR>") == String(status[1]),
                "last stderr line of \(name)")
    }

    @Test func programsExist() {
        #expect(Self.programs.count >= 4)
    }
}
