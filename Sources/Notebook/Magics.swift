import Foundation
import PyRuntime

typealias LineMagic = (Shell, String) throws(PyException) -> PyValue
typealias CellMagic = (Shell, String, String) throws(PyException) -> PyValue

/// The magics Jitbook understands, by name, and the ones that are a few lines each. Timing
/// magics are in TimingMagics.swift, help in Help.swift.
extension Shell {
    func installMagics() {
        lineMagics = [
            "timeit": { s, line throws(PyException) in try s.timeit(line: line, cell: nil) },
            "time": { s, line throws(PyException) in try s.time(line) },
            "who": { s, line throws(PyException) in try s.who(line) },
            "whos": { s, line throws(PyException) in try s.whos(line) },
            "reset": { s, line throws(PyException) in try s.reset(line) },
            "pwd": { _, _ throws(PyException) in .str(FileManager.default.currentDirectoryPath) },
            "cd": { s, line throws(PyException) in try s.changeDirectory(line) },
            "run": { s, line throws(PyException) in try s.runFile(line) },
            "load": { s, line throws(PyException) in try s.load(line) },
            "history": { s, line throws(PyException) in try s.printHistory(line) },
            "hist": { s, line throws(PyException) in try s.printHistory(line) },
            "lsmagic": { s, _ throws(PyException) in try s.listMagics() },
            "quickref": { _, _ throws(PyException) in try Output.writeToSysStdout(Help.quickReference); return .none },
            "pinfo": { s, line throws(PyException) in try s.inspect(line, detail: false) },
            "pinfo2": { s, line throws(PyException) in try s.inspect(line, detail: true) },
            "tb": { _, _ throws(PyException) in .none },
            "lessons": { s, _ throws(PyException) in try s.listLessons() },
            "lesson": { s, line throws(PyException) in try s.startLesson(line) },
            "next": { s, _ throws(PyException) in try s.moveInLesson { $0.current + 1 } },
            "back": { s, _ throws(PyException) in try s.moveInLesson { $0.current - 1 } },
            "goto": { s, line throws(PyException) in
                guard let n = Int(line.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                    throw s.usageError("%goto N: N is a code cell's number in the lesson, from 1")
                }
                return try s.moveInLesson { _ in n - 1 }
            },
        ]
        cellMagics = [
            "timeit": { s, line, cell throws(PyException) in try s.timeit(line: line, cell: cell) },
            "time": { s, _, cell throws(PyException) in try s.time(cell) },
            "file": { s, line, cell throws(PyException) in try s.writeFile(line, cell) },
            "writefile": { s, line, cell throws(PyException) in try s.writeFile(line, cell) },
        ]
    }

    func runLineMagic(_ name: String, _ line: String) throws(PyException) -> PyValue {
        guard let magic = lineMagics[name] else {
            throw usageError("Line magic function `%\(name)` not found.")
        }
        return try magic(self, line)
    }

    func runCellMagic(_ name: String, _ line: String, _ cell: String) throws(PyException) -> PyValue {
        guard let magic = cellMagics[name] else {
            throw usageError("Cell magic `%%\(name)` not found.")
        }
        return try magic(self, line, cell)
    }

    // MARK: Namespace

    /// The user's variables as `%who` lists them: sorted, optionally only of the given types.
    func whoNames(_ line: String) -> [String] {
        let types = Set(line.split(separator: " ").map(String.init))
        return userNames.filter { name in
            guard !types.isEmpty else { return true }
            return namespace.lookup(name).map { types.contains($0.type.name) } ?? false
        }.sorted()
    }

    private func who(_ line: String) throws(PyException) -> PyValue {
        let names = whoNames(line)
        if names.isEmpty {
            try Output.writeToSysStdout(line.isEmpty ? "Interactive namespace is empty.\n"
                                                     : "No variables match your requested type.\n")
            return .none
        }
        var out = ""
        for (i, name) in names.enumerated() {
            out += name + "\t "
            if i % 9 == 8 { out += "\n" }
        }
        try Output.writeToSysStdout(out + "\n")
        return .none
    }

    private func whos(_ line: String) throws(PyException) -> PyValue {
        let names = whoNames(line)
        if names.isEmpty {
            try Output.writeToSysStdout(line.isEmpty ? "Interactive namespace is empty.\n"
                                                     : "No variables match your requested type.\n")
            return .none
        }
        let values = names.map { namespace.lookup($0)! }
        let types = values.map { $0.type.name }
        let nameWidth = max(names.map(\.count).max()!, "Variable".count) + 3
        let typeWidth = max(types.map(\.count).max()!, "Type".count) + 3
        func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var out = pad("Variable", nameWidth) + pad("Type", typeWidth) + " Data/Info\n"
        out += String(repeating: "-", count: nameWidth + typeWidth + "Data/Info".count + 1) + "\n"
        for (i, name) in names.enumerated() {
            out += pad(name, nameWidth) + pad(types[i], typeWidth) + " "
            if ["dict", "list", "tuple"].contains(types[i]) {
                out += "n=\((try? Protocol.length(values[i])) ?? 0)\n"
                continue
            }
            var text = (try? Protocol.str(values[i])) ?? "<object with id \(Protocol.address(of: values[i])) (str() failed)>"
            text = text.replacingOccurrences(of: "\n", with: "\\n")
            out += (text.count < 50 ? text : text.prefix(25) + "<...>" + text.suffix(25)) + "\n"
        }
        try Output.writeToSysStdout(out)
        return .none
    }

    private func reset(_ line: String) throws(PyException) -> PyValue {
        guard line.split(separator: " ").contains("-f") else {
            throw usageError("%reset asks for confirmation; Jitbook only does `%reset -f`")
        }
        resetNamespace()
        return .none
    }

    // MARK: Files and directories

    private func changeDirectory(_ line: String) throws(PyException) -> PyValue {
        var target = line.trimmingCharacters(in: .whitespaces)
        let fm = FileManager.default
        if target.isEmpty { target = NSHomeDirectory() }
        if target == "-" {
            guard let previous = previousDirectory else { throw usageError("cd -: no previous directory") }
            target = previous
        }
        target = (target as NSString).expandingTildeInPath
        let before = fm.currentDirectoryPath
        guard fm.changeCurrentDirectoryPath(target) else {
            try Output.writeToSysStdout("[Errno 2] No such file or directory: '\(target)'\n")
            return .none
        }
        previousDirectory = before
        try Output.writeToSysStdout(fm.currentDirectoryPath + "\n")
        return .none
    }

    private func writeFile(_ line: String, _ cell: String) throws(PyException) -> PyValue {
        var words = line.split(separator: " ").map(String.init)
        let append = words.first == "-a"
        if append { words.removeFirst() }
        guard let name = words.first else { throw usageError("the following arguments are required: filename") }
        let path = (name as NSString).expandingTildeInPath
        let exists = FileManager.default.fileExists(atPath: path)
        try Output.writeToSysStdout(append && exists ? "Appending to \(name)\n"
                                    : exists ? "Overwriting \(name)\n" : "Writing \(name)\n")
        let text = cell.hasSuffix("\n") ? cell : cell + "\n"
        do {
            if append, exists, let handle = FileHandle(forWritingAtPath: path) {
                handle.seekToEndOfFile()
                handle.write(Data(text.utf8))
                handle.closeFile()
            } else {
                try text.write(toFile: path, atomically: true, encoding: .utf8)
            }
        } catch {
            throw PyException(Types.osError, "\(error.localizedDescription): '\(name)'")
        }
        return .none
    }

    /// `%run FILE [ARGS]`: the file runs as `__main__` in the user namespace, with `sys.argv`.
    private func runFile(_ line: String) throws(PyException) -> PyValue {
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { throw usageError("%run: missing filename") }
        let url = URL(fileURLWithPath: (name as NSString).expandingTildeInPath,
                      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/")).standardizedFileURL
        guard let source = try? String(contentsOf: url, encoding: .utf8) else {
            throw usageError("File `\(name)` not found.")
        }
        let sys = try interpreter.loadModule("sys")
        let argv = try Protocol.getAttr(sys, Names.intern("argv"))
        let saved = (argv.object as? PyList)?.elements
        (argv.object as? PyList)?.elements = ([url.path] + words.dropFirst()).map { .str($0) }
        defer { if let saved { (argv.object as? PyList)?.elements = saved } }
        namespace.setItem("__file__", .str(url.path))
        defer { _ = try? namespace.removeItem(.str("__file__")) }
        try interpreter.runSource(source, filename: url.path, globals: namespace)
        return .none
    }

    /// `%load FILE`: the file's text becomes the next input, to edit or run.
    private func load(_ line: String) throws(PyException) -> PyValue {
        let name = line.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw usageError("%load: missing filename") }
        let path = (name as NSString).expandingTildeInPath
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw usageError("File `\(name)` not found.")
        }
        pendingInput = "# %load \(name)\n" + (text.hasSuffix("\n") ? String(text.dropLast()) : text)
        return .none
    }

    // MARK: History and listings

    /// `%history [-n] [-l N] [RANGE]`: this session's inputs, optionally numbered.
    private func printHistory(_ line: String) throws(PyException) -> PyValue {
        var numbered = false, last: Int?
        var ranges: [ClosedRange<Int>] = []
        var words = line.split(separator: " ").map(String.init)[...]
        while let w = words.popFirst() {
            switch w {
            case "-n": numbered = true
            case "-l": last = words.popFirst().flatMap { Int($0) } ?? 10
            default:
                let bounds = w.split(separator: "-").compactMap { Int($0) }
                if bounds.count == 1 { ranges.append(bounds[0]...bounds[0]) }
                else if bounds.count == 2, bounds[0] <= bounds[1] { ranges.append(bounds[0]...(bounds[1] - 1)) }
                else { throw usageError("%history: bad range '\(w)'") }
            }
        }
        // The %history cell itself is the last entry and is not listed.
        var numbers = Array(1..<max(1, history.count))
        if !ranges.isEmpty { numbers = numbers.filter { n in ranges.contains { $0.contains(n) } } }
        if let last { numbers = Array(numbers.suffix(last)) }
        var out = ""
        for n in numbers {
            let text = history[n - 1]
            if numbered {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                out += String(repeating: " ", count: max(0, 4 - String(n).count)) + "\(n): " + lines[0] + "\n"
                for l in lines.dropFirst() { out += "      " + l + "\n" }
            } else {
                out += text + "\n"
            }
        }
        try Output.writeToSysStdout(out)
        return .none
    }

    private func listMagics() throws(PyException) -> PyValue {
        let line = lineMagics.keys.sorted().map { "%" + $0 }.joined(separator: "  ")
        let cell = cellMagics.keys.sorted().map { "%%" + $0 }.joined(separator: "  ")
        try Output.writeToSysStdout("Available line magics:\n\(line)\n\nAvailable cell magics:\n\(cell)\n\n"
            + "Automagic is OFF, % prefix IS needed for line magics.\n")
        return .none
    }
}
