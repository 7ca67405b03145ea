import Foundation

/// Runs the release `jitbook` binary as a subprocess.
public enum JitbookRunner {
    public struct Result {
        public var stdout: String
        public var stderr: String
        public var status: Int32
    }

    /// Runs `jitbook ARGS` in `directory`, feeding `stdin`, and waits (at most `timeout` seconds).
    /// `mergingStandardError` sends stderr into stdout's pipe, in the order it was written;
    /// `environment` adds variables to the inherited ones.
    public static func run(_ arguments: [String], in directory: URL, stdin: String = "",
                           timeout: TimeInterval = 60, mergingStandardError: Bool = false,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = TestPaths.jitbookBinary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = mergingStandardError ? out : err
        if mergingStandardError { try err.fileHandleForWriting.close() }
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(stdin.data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        _ = group.wait(timeout: .now() + timeout)
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }
}
