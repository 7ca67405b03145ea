import Foundation
import JitbookTestSupport
import Testing

/// The seed tutorial end to end: its cells piped into the notebook, one after another in one
/// namespace (`<cell n>` file names), against what CPython 3.11 and Numba printed for them
/// (scripts/gen_tutorial_fixture.py builds the expected text from ../shared/reference and
/// applies issue 5's deliberate differences). Covers dis before and after compiling, two
/// signatures and both inspect_types blocks, the object-mode fallback with `MyInt` and
/// `jit()(qr_decomposition)`, the TypingErrors of `decomp_qr.qr` and `linalg.qr`,
/// `numpy.linalg.qr` in nopython mode, `njit(add)` and `@njit`, `sum_squared` over an array and
/// its inspect_types, `boundscheck=True`'s IndexError, `x.foo` on an int, and the
/// division-by-zero messages.
struct TutorialTests {
    static let directory = TestPaths.fixtures("tutorial")

    func run(semantics: String?, expected file: String) throws {
        let cells = try String(contentsOf: Self.directory.appendingPathComponent("cells.txt"), encoding: .utf8)
        let expected = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        let result = try JitbookRunner.run([], in: Self.directory, stdin: cells, mergingStandardError: true,
                                           environment: semantics.map { ["JITBOOK_NUMBA_SEMANTICS": $0] } ?? [:])
        // The last cell raises ZeroDivisionError, and piped input exits with the last cell's status.
        #expect(result.status == 1)
        let ours = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        if let i = firstDifference ?? (ours.count == theirs.count ? nil : min(ours.count, theirs.count)) {
            let context = { (lines: [Substring]) in lines[max(0, i - 3)..<min(lines.count, i + 4)].joined(separator: "\n") }
            Issue.record("first difference at line \(i + 1):\n--- jitbook:\n\(context(ours))\n--- expected:\n\(context(theirs))")
        }
    }

    /// Numba 0.58's `@jit`, which falls back to object mode as the tutorial teaches.
    @Test func cellsPrintWhatNumbaPrinted() throws {
        try run(semantics: nil, expected: "expected.txt")
    }

    /// `JITBOOK_NUMBA_SEMANTICS=0.59`: `@jit` means nopython, as in Numba 0.68.1's transcript.
    @Test func cellsUnderNopythonJit() throws {
        try run(semantics: "0.59", expected: "expected_059.txt")
    }
}
