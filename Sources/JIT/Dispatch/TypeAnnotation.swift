import PyRuntime

/// `inspect_types()` text (numba.core.annotations.type_annotations): the function's source,
/// each line preceded by the typed IR statements that came from it.
enum TypeAnnotation {
    static func text(_ d: Dispatcher, _ o: CompiledOverload) -> String {
        let code = d.pyFunction.code
        let args = o.argTypes.map(\.repr).joined(separator: ", ")
        var out = "\(d.pyFunction.name) (\(args)\(o.argTypes.count == 1 ? "," : ""))\n"
        out += String(repeating: "-", count: 80) + "\n"
        // Statements by source line, each block's label before its first statement.
        var byLine: [Int: [String]] = [:]
        // Numba writes a variable as `Var(name, file:line)` with the line that defines it.
        let file = String(code.filename.split(separator: "/").last ?? "")
        var definedAt: [String: Int] = [:]
        for block in o.ir.blocks {
            for case .assign(let t, _, let l) in block.statements where definedAt[t] == nil { definedAt[t] = l }
        }
        for block in o.ir.blocks {
            var labelled = false
            for s in block.statements {
                if !labelled {
                    byLine[s.line, default: []].append("# label \(block.label)")
                    labelled = true
                }
                byLine[s.line, default: []].append("#   " + statementText(s, o) { "\(file):\(definedAt[$0] ?? s.line)" })
            }
        }
        let lastLine = max(code.instructions().compactMap(\.line).max() ?? code.firstlineno, code.firstlineno)
        guard let source = SourceCache.lines(code.filename), lastLine <= source.count else {
            out += "# Source code unavailable\n"
            for line in byLine.keys.sorted() {
                for s in byLine[line]! { out += String(s.dropFirst(2)) + "\n" }
                out += "\n"
            }
            out += "\n" + String(repeating: "=", count: 80) + "\n"
            return out
        }
        out += "# File: \(code.filename)\n"
        for n in code.firstlineno...lastLine {
            let text = source[n - 1]
            let indent = String(text.prefix { $0 == " " || $0 == "\t" })
            out += "\(indent)# --- LINE \(n) --- \n"
            for s in byLine[n] ?? [] { out += indent + s + "\n" }
            out += "\n\(text)\n\n"
        }
        out += "\n" + String(repeating: "=", count: 80) + "\n"
        return out
    }

    static func statementText(_ s: NumbaIR.Statement, _ o: CompiledOverload, location: (String) -> String) -> String {
        switch s {
        case .assign(let target, let value, _):
            let type: String
            if o.isObjectMode { type = "pyobject" }
            else if let sig = o.callSignatures[target] { type = sig.description }
            else { type = o.types[target]?.description ?? "<missing>" }
            return "\(target) = \(value.text(location: location))  :: \(type)"
        case .del(let v, _): return "del \(v)"
        case .ret(let v, _): return "return \(v)"
        case .jump(let t, _): return "jump \(t)"
        case .branch(let c, let t, let f, _): return "branch \(c), \(t), \(f)"
        case .print(let args, _): return "print(\(args.joined(separator: ", ")))"
        case .setitem(let t, let i, let v, _): return "\(t)[\(i)] = \(v)"
        }
    }
}
