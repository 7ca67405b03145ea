import Foundation
import JitbookTestSupport
import Testing
@testable import Notebook

/// Durations and `%timeit` lines exactly as IPython formats them (expected values from IPython's
/// own functions: scripts/gen_notebook_fixtures.py).
@Suite struct TimeFormatTests {
    struct Fixture: Decodable {
        struct Duration: Decodable { var seconds: Double; var text: String }
        struct Summary: Decodable {
            var loops: Int; var `repeat`: Int; var runs: [Double]; var precision: Int
            var average: Double; var stdev: Double; var text: String
        }
        var durations: [Duration]
        var summaries: [Summary]
    }

    static let fixture: Fixture = {
        let url = TestPaths.fixtures("notebook").appendingPathComponent("timeformat.json")
        return try! JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }()

    @Test func durations() {
        for d in Self.fixture.durations {
            #expect(TimeFormat.duration(d.seconds) == d.text, "\(d.seconds)")
        }
    }

    @Test func summaries() {
        for s in Self.fixture.summaries {
            #expect(TimeFormat.summary(average: s.average, stdev: s.stdev, runs: s.`repeat`, loops: s.loops,
                                       precision: s.precision) == s.text)
        }
    }

    @Test func groupedCounts() {
        #expect(TimeFormat.grouped(1) == "1")
        #expect(TimeFormat.grouped(1000) == "1,000")
        #expect(TimeFormat.grouped(10_000_000) == "10,000,000")
    }
}
