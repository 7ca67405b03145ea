import Foundation
import PyRuntime

/// `obj?`, `obj??` (IPython's `pinfo`, `pinfo2`), `help(obj)` and `%quickref`.
extension Shell {
    /// `obj?`: type, signature and docstring; `obj??` adds the source of Python functions.
    func inspect(_ expression: String, detail: Bool) throws(PyException) -> PyValue {
        if expression.hasPrefix("%") {
            let name = String(expression.drop(while: { $0 == "%" }))
            let known = lineMagics[name] != nil || cellMagics[name] != nil
            try Output.writeToSysStdout(known ? "%\(name): see %quickref\n" : "Object `\(expression)` not found.\n")
            return .none
        }
        let value: PyValue
        do throws(PyException) {
            let code = try interpreter.compileSource(expression, filename: "<pinfo>", mode: .eval)
            value = try interpreter.runCode(code, globals: namespace, locals: namespace)
        } catch {
            try Output.writeToSysStdout("Object `\(expression)` not found.\n")
            return .none
        }
        try Output.writeToSysStdout(Help.fields(for: value, detail: detail))
        return .none
    }
}

enum Help {
    /// The fields IPython's inspector shows, titles padded to one width.
    static func fields(for value: PyValue, detail: Bool) -> String {
        var fields: [(String, String)] = []
        let doc = docstring(value)
        if case .object(let o) = value, let f = o as? PyFunction {
            fields.append(("Signature", signature(f)))
            if detail, let source = source(of: f) {
                fields.append(("Source", source))
            } else {
                fields.append(("Docstring", doc ?? "<no docstring>"))
            }
            fields.append(("File", f.code.filename))
        } else if case .object(let o) = value, o is PyType || o is PyBuiltinFunction || o is PyMethodDescriptor {
            fields.append(("Docstring", doc ?? "<no docstring>"))
        } else {
            fields.append(("Type", value.type.name))
            let form = (try? Protocol.str(value)) ?? ""
            fields.append(("String form", form.count > 200 ? String(form.prefix(200)) + "..." : form))
            if let n = try? Protocol.length(value) { fields.append(("Length", String(n))) }
            fields.append(("Docstring", docstring(.object(value.type)) ?? "<no docstring>"))
            return render(fields)
        }
        fields.append(("Type", value.type.name))
        return render(fields)
    }

    private static func render(_ fields: [(String, String)]) -> String {
        let width = (fields.map(\.0.count).max() ?? 0) + 2
        var out = ""
        for (title, content) in fields {
            let head = title + ":"
            if content.contains("\n") {
                out += Terminal.style(head, .outPrompt) + "\n" + content + "\n"
            } else {
                out += Terminal.style(head + String(repeating: " ", count: width - head.count), .outPrompt)
                    + content + "\n"
            }
        }
        return out
    }

    static func docstring(_ value: PyValue) -> String? {
        guard let d = try? Protocol.lookupAttr(value, Names.intern("__doc__")), case .object(let o) = d,
              let s = o as? PyStr else { return nil }
        return cleanDoc(s.value)
    }

    /// `inspect.cleandoc`: the first line as is, the common indentation of the others removed.
    static func cleanDoc(_ doc: String) -> String {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indents = lines.dropFirst().filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix(while: { $0 == " " }).count }
        let margin = indents.min() ?? 0
        if lines.count > 1 {
            for i in 1..<lines.count { lines[i] = String(lines[i].dropFirst(min(margin, lines[i].prefix(while: { $0 == " " }).count))) }
        }
        lines[0] = lines[0].trimmingCharacters(in: .whitespaces)
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// `name(a, b=2, *args, c, **kwargs)` from the code object and defaults.
    static func signature(_ f: PyFunction) -> String {
        let code = f.code
        let names = code.localsplusNames
        var parts: [String] = []
        let positional = code.argcount
        let firstDefault = positional - f.defaults.count
        for i in 0..<positional {
            var p = names[i]
            if i >= firstDefault, let r = try? Protocol.repr(f.defaults[i - firstDefault]) { p += "=" + r }
            parts.append(p)
            if code.posonlyargcount > 0 && i == code.posonlyargcount - 1 { parts.append("/") }
        }
        var index = positional + code.kwonlyargcount
        if code.flags.contains(.varargs) {
            parts.append("*" + names[index])
            index += 1
        } else if code.kwonlyargcount > 0 {
            parts.append("*")
        }
        for i in positional..<(positional + code.kwonlyargcount) {
            var p = names[i]
            if let d = f.kwdefaults?.lookup(names[i]), let r = try? Protocol.repr(d) { p += "=" + r }
            parts.append(p)
        }
        if code.flags.contains(.varkeywords) { parts.append("**" + names[index]) }
        return "\(f.name)(\(parts.joined(separator: ", ")))"
    }

    /// The lines of a function's definition, from its decorators to the end of its body.
    static func source(of f: PyFunction) -> String? {
        guard let lines = SourceCache.lines(f.code.filename) else { return nil }
        let first = f.code.firstlineno - 1
        guard first >= 0, first < lines.count else { return nil }
        let indent = lines[first].prefix(while: { $0 == " " }).count
        var end = first + 1
        var seenDef = lines[first].trimmingCharacters(in: .whitespaces).hasPrefix("def ")
            || lines[first].trimmingCharacters(in: .whitespaces).hasPrefix("class ")
        while end < lines.count {
            let line = lines[end]
            let code = line.trimmingCharacters(in: .whitespaces)
            if !seenDef {
                if code.hasPrefix("def ") || code.hasPrefix("class ") { seenDef = true }
                end += 1
                continue
            }
            if !code.isEmpty && line.prefix(while: { $0 == " " }).count <= indent { break }
            end += 1
        }
        while end > first + 1 && lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
        return lines[first..<end].map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n")
    }

    /// `help(obj)`, in pydoc's layout for functions, and the docstring for anything else.
    static func pydoc(_ value: PyValue) throws(PyException) -> String {
        if value.isNone {
            return "Type help(object) for help about object; obj? and obj?? in the shell show more.\n"
        }
        let doc = docstring(value)
        func indented(_ text: String?) -> String {
            guard let text else { return "" }
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n"
        }
        if case .object(let o) = value, let f = o as? PyFunction {
            let module = (try? Protocol.str(f.moduleName)) ?? "__main__"
            return "Help on function \(f.name) in module \(module):\n\n\(signature(f))\n" + indented(doc) + "\n"
        }
        if case .object(let o) = value, let b = o as? PyBuiltinFunction {
            return "Help on built-in function \(b.name) in module \(b.moduleName ?? "builtins"):\n\n\(b.name)(...)\n"
                + indented(doc) + "\n"
        }
        if case .object(let o) = value, let t = o as? PyType {
            return "Help on class \(t.name) in module \(t.moduleName):\n\nclass \(t.name)\n" + indented(doc) + "\n"
        }
        return "Help on \(value.type.name) object:\n\n" + indented(docstring(.object(value.type))) + "\n"
    }

    static let quickReference = """
    Jitbook -- a notebook-style Python shell with a Numba-like JIT
    ===============================================================

    Cells
      In [n]:, Out[n]:     each cell is numbered; its last expression's value is shown
      _, __, ___           the last three values shown; _<n> is Out[n]
      _i, _ii, _iii        the previous three inputs; _i<n> is In[n]
      In, Out              every input (a list) and every value shown (a dict)
      x;                   a trailing semicolon hides the value
      Ctrl-C               clears the line, or interrupts the running cell
      Ctrl-D, exit, quit   leave

    Help
      obj?, ?obj           type, signature and docstring
      obj??                the same, with the source of Python functions
      help(obj)            pydoc-style help
      %quickref            this text

    Magics
      %timeit [-n N -r R -q -o] stmt    time a statement (IPython's algorithm and output)
      %%timeit [setup]                  time the whole cell, the first line as setup
      %time stmt, %%time                run once and show CPU and wall time
      %run FILE [ARGS]                  run a script in this namespace
      %load FILE                        put a file's text in the next input
      %who, %whos [TYPES]               list the variables you defined
      %history [-n] [-l N] [A-B]        this session's inputs
      %reset -f                         forget every variable
      %pwd, %cd [DIR|-]                 the working directory
      %%file NAME                       write the cell to a file (-a appends)
      %lsmagic                          every magic
      !command                          run a shell command

    """
}
