import Foundation
import JitbookTestSupport
import Testing

/// Runs each `Tests/Fixtures/programs/*.py` through the release `jitbook` binary and compares
/// stdout, the exit status and the last stderr line with what python3 gave
/// (scripts/gen_program_fixtures.py). Files named `m_*.py` are modules the programs import, not
/// programs. `NAME.stdin` is fed to the program, `NAME.args` holds its arguments (one a line),
/// and where `NAME.err` exists (programs starting `# full-stderr`) the whole stderr must match.
struct ProgramTests {
    static let corpus = Corpus("programs")
    static let programs = corpus.programs

    @Test(arguments: programs)
    func matchesCPython(_ name: String) throws {
        try Self.corpus.check(name, knownDifferences: Self.knownDifferences)
    }

    /// Open differences from CPython, each to be fixed (see the issue notes).
    static let knownDifferences: [String: String] = [:]

    @Test func corpusIsLargeEnough() {
        let errorPrograms = Self.programs.filter {
            (Self.corpus.fixture($0, "status") ?? "0").split(separator: "\n").first != "0"
        }
        let fullStderr = Self.programs.filter { Self.corpus.fixture($0, "err") != nil }
        #expect(Self.programs.count >= 150, "programs: \(Self.programs.count)")
        #expect(errorPrograms.count >= 30, "error programs: \(errorPrograms.count)")
        #expect(fullStderr.count >= 20, "full-stderr programs: \(fullStderr.count)")
    }
}
