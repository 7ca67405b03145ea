import Foundation
import JitbookTestSupport
import Testing

/// A differential corpus: `NAME.py` programs in a fixtures folder with what python3 gave for
/// them (`NAME.out`, `NAME.status` holding the exit status and the last stderr line, `NAME.err`
/// for `# full-stderr` programs, optional `NAME.stdin` and `NAME.args`). Files named `m_*.py`
/// are modules the programs import, not programs.
struct Corpus {
    let directory: URL

    init(_ folder: String) { directory = TestPaths.fixtures(folder) }

    var programs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".py") && !$0.hasPrefix("m_") }.sorted()
    }

    func fixture(_ name: String, _ ext: String) -> String? {
        let url = directory.appendingPathComponent(String(name.dropLast(3))).appendingPathExtension(ext)
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// Replaces the fixtures folder's absolute path by `<DIR>`, as the generators do.
    func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: directory.path, with: "<DIR>")
    }

    /// Runs `name` through the release jitbook and compares it with the expected files; a
    /// program listed in `knownDifferences` is reported as a known issue, never skipped.
    func check(_ name: String, knownDifferences: [String: String] = [:],
               environment: [String: String] = [:]) throws {
        let expectedOut = try #require(fixture(name, "out"), "missing \(name) .out")
        let status = try #require(fixture(name, "status"), "missing \(name) .status")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let stdin = fixture(name, "stdin") ?? ""
        let args = (fixture(name, "args") ?? "").split(separator: "\n").map(String.init)
        let result = try JitbookRunner.run([name] + args, in: directory, stdin: stdin)
        let compare = {
            #expect(normalised(result.stdout) == expectedOut, "stdout of \(name)")
            #expect(String(result.status) == status[0], "exit status of \(name)")
            let stderr = normalised(result.stderr)
            let lastErr = stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(lastErr == (status.count > 1 ? status[1] : ""), "last stderr line of \(name)")
            if let expectedErr = fixture(name, "err") {
                #expect(stderr == expectedErr, "stderr of \(name)")
            }
        }
        if let reason = knownDifferences[name] {
            withKnownIssue(Comment(rawValue: reason)) { compare() }
        } else {
            compare()
        }
    }
}
