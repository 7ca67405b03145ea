import Foundation
import JitbookTestSupport
import Testing

/// The release binary starts, links LLVM 19 and reports both versions.
@Test func versionNamesJitbookAndLLVM19() throws {
    let result = try JitbookRunner.run(["--version"], in: TestPaths.repositoryRoot)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Jitbook 0.1.0"))
    #expect(result.stdout.contains("LLVM 19."))
}
