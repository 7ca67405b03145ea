import Foundation

/// Locations shared by the test targets: the checkout, the fixtures, and the release binary that
/// the test command builds before `swift test` runs.
public enum TestPaths {
    /// The repository root, found from this file's path so tests run from any directory.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/<name>`: programs and the outputs python3 gave for them.
    public static func fixtures(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The release `jitbook` binary (`swift build -c release` puts it in `.build/release`).
    public static var jitbookBinary: URL {
        if let path = ProcessInfo.processInfo.environment["JITBOOK_BIN"] {
            return URL(fileURLWithPath: path)
        }
        return repositoryRoot.appendingPathComponent(".build/release/jitbook")
    }
}
