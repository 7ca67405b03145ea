import CLLVM
import Foundation
import JIT
import Notebook
import PyNumPy
import PyRuntime

// Command-line parsing only: everything else lives in the stage modules.

let version = "Jitbook 0.1.0"

func usage() -> Never {
    FileHandle.standardError.write(("usage: jitbook [--version] [-c CODE | FILE [ARGS...] | --lesson NAME "
        + "| --execute NOTEBOOK [--output OUT.ipynb]]\n").data(using: .utf8)!)
    exit(2)
}

/// Runs `body` on a thread with a large stack: Python recursion maps onto Swift recursion in
/// the eval loop, and the default 8 MiB would overflow before CPython's recursion limit.
func runWithLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
    nonisolated(unsafe) var status: Int32 = 0
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        status = body()
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    return status
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--version" || arguments.first == "-V" {
    print("\(version) (Python 3.11 subset; LLVM \(String(cString: jitbook_llvm_version())))")
    exit(0)
}
NumPy.install()
Numba.install()
let cwd = FileManager.default.currentDirectoryPath
let status: Int32
if arguments.first == "--execute" {
    guard arguments.count >= 2 else { usage() }
    if arguments.count != 2 && !(arguments.count == 4 && arguments[2] == "--output") { usage() }
    let output = arguments.count == 4 ? arguments[3] : nil
    let path = arguments[1]
    status = runWithLargeStack { NotebookExecutor.run(path: path, outputPath: output) }
} else if arguments.first == "-c" {
    guard arguments.count >= 2 else { usage() }
    let code = arguments[1]
    let argv = ["-c"] + arguments.dropFirst(2)
    status = runWithLargeStack {
        Interpreter.shared.runMain(source: code, filename: "<string>", argv: argv, scriptDirectory: "")
    }
} else if arguments.isEmpty || arguments.first == "--lesson" {
    if arguments.first == "--lesson" && arguments.count != 2 { usage() }
    let lesson = arguments.count == 2 ? arguments[1] : nil
    let banner = "\(version) (Python 3.11 subset; LLVM \(String(cString: jitbook_llvm_version()))) -- "
        + "a notebook for learning how a Python JIT works.\nType '?' or %quickref for help, %lessons for the lessons."
    status = runWithLargeStack {
        let shell = Shell()
        let start = {
            guard let lesson else { return }
            do throws(PyException) { _ = try shell.startLesson(lesson) } catch { shell.report(error) }
        }
        if isatty(0) != 0 { return InteractiveLoop.run(shell: shell, banner: banner, start: start) }
        start()
        return PipeLoop.run(shell: shell) { readLine(strippingNewline: true) }
    }
} else {
    let file = arguments[0]
    let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: cwd + "/")).standardizedFileURL
    guard let source = try? String(contentsOf: url, encoding: .utf8) else {
        FileHandle.standardError.write(
            "jitbook: can't open file '\(url.path)': [Errno 2] No such file or directory\n".data(using: .utf8)!)
        exit(2)
    }
    let argv = arguments
    status = runWithLargeStack {
        Interpreter.shared.runMain(source: source, filename: url.path, argv: argv,
                                   scriptDirectory: url.deletingLastPathComponent().path)
    }
}
exit(status)
