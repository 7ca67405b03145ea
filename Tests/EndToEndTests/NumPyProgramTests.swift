import Foundation
import JitbookTestSupport
import Testing

/// Runs each `Tests/Fixtures/numpy/*.py` through the release `jitbook` binary and compares it with
/// what python3 with NumPy 2.4.6 and SciPy 1.17.1 printed (scripts/gen_numpy_corpus.py, with
/// `OPENBLAS_NUM_THREADS=1`).
struct NumPyProgramTests {
    static let corpus = Corpus("numpy")
    static let programs = corpus.programs

    @Test(arguments: programs)
    func matchesNumPy(_ name: String) throws {
        try Self.corpus.check(name)
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.programs.count >= 80, "programs: \(Self.programs.count)")
        #expect(Self.programs.filter { $0.hasPrefix("print_") }.count >= 20)
    }
}
