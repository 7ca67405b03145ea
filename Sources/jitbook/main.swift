import CLLVM
import Foundation
import PyRuntime

// Command-line parsing only. The interpreter's entry points (`FILE.py`, `-c`, the plain REPL)
// land with the eval loop (Pending/jitbook-main.swift holds that version).

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--version" || arguments.first == "-V" {
    print("Jitbook 0.1.0 (Python 3.11 subset; LLVM \(String(cString: jitbook_llvm_version())))")
    exit(0)
}
FileHandle.standardError.write("jitbook: the interpreter is not wired in yet; try --version\n".data(using: .utf8)!)
exit(2)
