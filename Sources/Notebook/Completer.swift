import Foundation
import PyRuntime

/// Tab completion: names in scope, keywords, attributes after `.` (of live objects, found by
/// name only, never by running code), module names after `import`/`from`, magic names.
final class Completer {
    unowned let shell: Shell

    init(shell: Shell) { self.shell = shell }

    static let keywords = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
                           "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
                           "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                           "pass", "raise", "return", "try", "while", "with", "yield"]

    /// Candidates for `text`, the word before the cursor; `lineUpTo` is where it starts.
    func complete(_ text: String, lineUpTo start: Int, line: String? = nil) -> [String] {
        let before = String((line ?? Self.currentLine()).prefix(start))
        let context = before.trimmingCharacters(in: .whitespaces)
        if context == "import" || context == "from"
            || (context.hasPrefix("import ") && !context.contains(" as "))
            || (context.hasPrefix("from ") && !context.contains(" import")) {
            return moduleNames().filter { $0.hasPrefix(text) }.sorted()
        }
        if text.hasPrefix("%") {
            let names = shell.lineMagics.keys.map { "%" + $0 } + shell.cellMagics.keys.map { "%%" + $0 }
            return Set(names).filter { $0.hasPrefix(text) }.sorted()
        }
        if let dot = text.lastIndex(of: ".") {
            let base = String(text[..<dot]), prefix = String(text[text.index(after: dot)...])
            guard let object = resolve(base) else { return [] }
            let names = (attributeNames(object)).filter { name in
                name.hasPrefix(prefix) && (prefix.hasPrefix("_") || !name.hasPrefix("_"))
            }
            return names.sorted().map { base + "." + $0 }
        }
        var names = Set<String>()
        for key in shell.namespace.keys { if case .object(let s as PyStr) = key, s.value.hasPrefix(text) { names.insert(s.value) } }
        for key in Runtime.builtins.keys { if case .object(let s as PyStr) = key, s.value.hasPrefix(text) { names.insert(s.value) } }
        for k in Self.keywords where k.hasPrefix(text) { names.insert(k) }
        return names.filter { text.hasPrefix("_") || !$0.hasPrefix("_") }.sorted()
    }

    /// The object a dotted name refers to in the user namespace (or builtins), if any.
    private func resolve(_ dotted: String) -> PyValue? {
        let parts = dotted.split(separator: ".").map(String.init)
        guard let first = parts.first, first.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        guard var value = shell.namespace.lookup(first) ?? Runtime.builtins.lookup(first) else { return nil }
        for part in parts.dropFirst() {
            // Attribute lookups may run properties; only plain values and modules are followed.
            guard let next = try? Protocol.lookupAttr(value, Names.intern(part)) else { return nil }
            value = next
        }
        return value
    }

    private func attributeNames(_ value: PyValue) -> [String] {
        guard let dir = Runtime.builtins.lookup("dir"),
              let list = try? Protocol.call(dir, [value]), case .object(let o) = list, let l = o as? PyList else { return [] }
        return l.elements.compactMap { if case .object(let s as PyStr) = $0 { return s.value }; return nil }
    }

    /// Builtin modules and `.py` files or packages beside the working directory.
    private func moduleNames() -> [String] {
        var names = Set(shell.interpreter.builtinModuleFactories.keys)
        let fm = FileManager.default
        if let entries = try? fm.contentsOfDirectory(atPath: fm.currentDirectoryPath) {
            for e in entries {
                if e.hasSuffix(".py") { names.insert(String(e.dropLast(3))) }
                var isDir: ObjCBool = false
                let path = fm.currentDirectoryPath + "/" + e
                if fm.fileExists(atPath: path + "/__init__.py", isDirectory: &isDir) { names.insert(e) }
            }
        }
        return Array(names)
    }

    /// The line being edited (libedit's buffer), for context.
    static var currentLineProvider: () -> String = { "" }
    private static func currentLine() -> String { currentLineProvider() }
}
