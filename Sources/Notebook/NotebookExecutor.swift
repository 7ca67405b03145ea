import Foundation
import PyRuntime

/// `jitbook --execute FILE [--output OUT.ipynb]`: runs a lesson or notebook's code cells in
/// order, as Jupyter's executor does, in the notebook's folder; prints `In [n]: ` with each
/// cell's code, its output and `Out[n]: `; goes on after errors. A cell tagged
/// `raises-exception` must raise, any other must not.
public enum NotebookExecutor {
    /// One output of a cell, as nbformat 4 records it.
    enum CellOutput {
        case stream(name: String, text: String)
        case result(count: Int, text: String)
        case error(name: String, value: String, traceback: [String])
    }

    public static func run(path: String, outputPath: String?) -> Int32 {
        let document: NotebookDocument
        do {
            document = try NotebookDocument.load(path)
        } catch {
            FileHandle.standardError.write(Data("jitbook: can't read notebook '\(path)': \(error)\n".utf8))
            return 2
        }
        let absoluteOutput = outputPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        FileManager.default.changeCurrentDirectoryPath(folder)
        let shell = Shell(argv: [path])

        var outputs: [CellOutput] = []
        var tracebackText: String?
        func write(_ fd: Int32, _ text: String) {
            FileHandle(fileDescriptor: fd).write(Data(text.utf8))
        }
        func record(_ name: String, _ text: String) {
            if case .stream(let last, let previous)? = outputs.last, last == name {
                outputs[outputs.count - 1] = .stream(name: name, text: previous + text)
            } else {
                outputs.append(.stream(name: name, text: text))
            }
        }
        Output.stdout.sink = { text in
            write(1, text)
            record("stdout", text)
        }
        Output.stderr.sink = { text in
            write(2, text)
            if tracebackText != nil { tracebackText! += text } else { record("stderr", text) }
        }
        var raised: PyBaseException?
        shell.errorHandler = { e in
            raised = e
            tracebackText = ""
        }
        shell.displayHandler = { n, repr in
            write(1, "Out[\(n)]: " + (repr.contains("\n") ? "\n" : "") + repr + "\n")
            outputs.append(.result(count: n, text: repr))
        }

        var failures = 0
        var executed: [(count: Int, outputs: [CellOutput])?] = []
        for cell in document.cells {
            guard cell.kind == .code, !cell.source.allSatisfy(\.isWhitespace) else {
                executed.append(nil)
                continue
            }
            let n = shell.executionCount
            let lines = cell.source.components(separatedBy: "\n")
            let continuation = String(repeating: " ", count: max(0, "In [\(n)]: ".count - 5)) + "...: "
            write(1, "In [\(n)]: " + lines[0] + "\n" + lines.dropFirst().map { continuation + $0 + "\n" }.joined())
            outputs = []
            raised = nil
            tracebackText = nil
            shell.runCell(cell.source)
            Output.flushAll()
            if let e = raised {
                let value = (try? Protocol.str(.object(e))) ?? ""
                let lines = (tracebackText ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                outputs.append(.error(name: e.type.name, value: value,
                                      traceback: lines.last == "" ? Array(lines.dropLast()) : lines))
            }
            let expectsError = cell.tags.contains("raises-exception")
            if (raised != nil) != expectsError {
                failures += 1
                if expectsError {
                    write(2, "jitbook: cell In [\(n)] is tagged raises-exception but raised nothing\n")
                }
            }
            executed.append((n, outputs))
            write(1, "\n")
        }
        Output.stdout.sink = nil
        Output.stderr.sink = nil
        if let absoluteOutput {
            do {
                try notebookJSON(document, executed).write(to: URL(fileURLWithPath: absoluteOutput))
            } catch {
                write(2, "jitbook: can't write '\(absoluteOutput)': \(error)\n")
                return 1
            }
        }
        return failures > 0 ? 1 : 0
    }

    /// One output in nbformat 4's shape; text as a list of lines, each with its newline.
    private static func outputJSON(_ output: CellOutput, _ lines: (String) -> [String]) -> [String: Any] {
        switch output {
        case .stream(let name, let text):
            return ["output_type": "stream", "name": name, "text": lines(text)]
        case .result(let count, let text):
            return ["output_type": "execute_result", "execution_count": count,
                    "data": ["text/plain": lines(text)], "metadata": [String: Any]()]
        case .error(let name, let value, let traceback):
            return ["output_type": "error", "ename": name, "evalue": value, "traceback": traceback]
        }
    }

    /// The executed notebook in nbformat 4.5, as Jupyter writes it.
    static func notebookJSON(_ document: NotebookDocument,
                             _ executed: [(count: Int, outputs: [CellOutput])?]) throws -> Data {
        func lines(_ text: String) -> [String] {
            var out: [String] = []
            var current = ""
            for c in text {
                current.append(c)
                if c == "\n" { out.append(current); current = "" }
            }
            if !current.isEmpty { out.append(current) }
            return out
        }
        var cells: [[String: Any]] = []
        for (i, cell) in document.cells.enumerated() {
            var metadata: [String: Any] = [:]
            if !cell.tags.isEmpty { metadata["tags"] = cell.tags }
            var json: [String: Any] = [:]
            json["cell_type"] = cell.kind.rawValue
            json["id"] = cell.id ?? "cell-\(i + 1)"
            json["metadata"] = metadata
            json["source"] = lines(cell.source)
            if cell.kind == .code {
                let run = executed[i]
                json["execution_count"] = run.map { $0.count as Any } ?? NSNull()
                json["outputs"] = (run?.outputs ?? []).map { outputJSON($0, lines) }
            }
            cells.append(json)
        }
        let notebook: [String: Any] = [
            "cells": cells,
            "metadata": [
                "kernelspec": ["display_name": "Jitbook (Python 3.11)", "language": "python", "name": "jitbook"],
                "language_info": ["name": "python", "version": "3.11"],
            ],
            "nbformat": 4,
            "nbformat_minor": 5,
        ]
        var data = try JSONSerialization.data(withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys,
                                                                                 .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
