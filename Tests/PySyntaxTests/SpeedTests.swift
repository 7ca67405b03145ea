import Foundation
import Testing
import PySyntax

/// A megabyte of ordinary code parses in well under a second in release builds (about 0.12 s
/// on the development machine); this debug-build check only guards against a blow-up.
@Suite struct SpeedTests {
    @Test func oneMegabyteOfOrdinaryCode() throws {
        var unit = ""
        for name in ["39_realistic_module.py", "40_algorithms.py", "52_class_bodies.py",
                     "51_misc_statements.py", "41_numeric_kernel.py"] {
            unit += try SyntaxFixtures.source("ok", name) + "\n"
        }
        let copies = (1 << 20) / unit.utf8.count + 1
        let source = String(repeating: unit, count: copies)
        let started = Date()
        let mod = try parse(source, filename: "big.py")
        let seconds = Date().timeIntervalSince(started)
        guard case .module(let body) = mod else {
            Issue.record("expected a module")
            return
        }
        let perCopy = try parse(unit, filename: "unit.py")
        guard case .module(let unitBody) = perCopy else { return }
        #expect(body.count == unitBody.count * copies)
        #expect(seconds < 10, "1 MB took \(seconds) s")
    }
}
