import PySyntax

/// The `from __future__ import ...` features of a module (Python/future.c, CPython 3.11).
/// Only `annotations` and `barry_as_FLUFL` change compilation; the others are accepted and
/// ignored, as in CPython.
struct FutureFeatures {
    /// `from __future__ import annotations`: annotations are stored as strings.
    var annotations = false
    var barryAsFLUFL = false
    /// Line of the last future import (`ff_lineno`); later ones are errors.
    var lineno = -1

    /// The `co_flags` bits the features add to every code object (`PyCF_MASK` part).
    var codeFlags: CodeFlags {
        var f: CodeFlags = []
        if annotations { f.insert(.futureAnnotations) }
        if barryAsFLUFL { f.insert(.futureBarryAsBDFL) }
        return f
    }

    /// `future_parse`: future imports must come first (after a docstring); several on one line
    /// separated by semicolons are checked here, later lines by the compiler.
    static func parse(_ mod: Mod, filename: String, source: String?) throws(SyntaxError)
        -> FutureFeatures
    {
        var ff = FutureFeatures()
        guard case .module(let body) = mod, !body.isEmpty else { return ff }
        var done = false
        var prevLine = 0
        for s in body.dropFirst(ASTOptimizer.docstring(body) != nil ? 1 : 0) {
            if done && s.range.lineno > prevLine { return ff }
            prevLine = s.range.lineno
            if case .importFrom(let module, let names, _) = s.kind, module == "__future__" {
                if done {
                    // CPython reports this column without the usual +1.
                    throw makeSyntaxError(
                        "from __future__ imports must occur at the beginning of the file",
                        filename: filename, lineno: s.range.lineno, col: s.range.colOffset - 1,
                        endLineno: s.range.lineno, endCol: -2, source: source)
                }
                for alias in names {
                    switch alias.name {
                    case "nested_scopes", "generators", "division", "absolute_import",
                         "with_statement", "print_function", "unicode_literals",
                         "generator_stop":
                        break
                    case "barry_as_FLUFL":
                        ff.barryAsFLUFL = true
                    case "annotations":
                        ff.annotations = true
                    case "braces":
                        throw makeSyntaxError("not a chance", filename: filename,
                                              lineno: s.range.lineno, col: s.range.colOffset,
                                              endLineno: s.range.lineno, endCol: -2,
                                              source: source)
                    default:
                        throw makeSyntaxError("future feature \(alias.name) is not defined",
                                              filename: filename, lineno: s.range.lineno,
                                              col: s.range.colOffset, endLineno: s.range.lineno,
                                              endCol: -2, source: source)
                    }
                }
                ff.lineno = s.range.lineno
            } else {
                done = true
            }
        }
        return ff
    }
}
