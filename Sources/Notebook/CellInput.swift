import PySyntax

/// When the lines typed so far make a whole cell (CPython's `codeop` rule, as IPython applies
/// it): the input is incomplete only while its parse error is at the end of the input (an open
/// bracket, a block header, an unterminated triple-quoted string) or while a compound statement
/// has not been ended by an empty line; any other syntax error ends the cell at once, to be
/// reported when it runs.
public enum CellInput {
    public enum Status: Equatable {
        case complete
        case incomplete
    }

    public static func status(_ text: String) -> Status {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endedByEmptyLine = lines.count > 1 && (lines.last ?? "").allSatisfy(\.isWhitespace)
        let firstCode = lines.first(where: { !$0.allSatisfy(\.isWhitespace) }) ?? ""
        // A cell magic takes every line up to an empty one.
        if firstCode.hasPrefix("%%") { return lines.count == 1 || !endedByEmptyLine ? .incomplete : .complete }
        if firstCode.isEmpty { return .complete }
        let source = CellTransformer.transform(text)
        do {
            guard case .module(let statements) = try parse(source + "\n", filename: "<cell>", mode: .exec) else {
                return .complete
            }
            if endedByEmptyLine { return .complete }
            // A compound statement typed over several lines waits for an empty line, since more
            // of its body (or an `else`) may follow.
            guard let last = statements.last, isCompound(last.kind) else { return .complete }
            return lines.count == 1 ? .complete : .incomplete
        } catch {
            // An error at the end of input means more is coming, unless an empty line ends it
            // outside any bracket or string (a block header with no body is reported then).
            guard error.isAtEndOfInput else { return .complete }
            if endedByEmptyLine && !isInsideBracketOrString(text) { return .complete }
            return .incomplete
        }
    }

    private static func isCompound(_ kind: StmtKind) -> Bool {
        switch kind {
        case .functionDef, .classDef, .if, .for, .while, .with, .try:
            return true
        default:
            return false
        }
    }

    /// Whether the text ends inside an open bracket or a triple-quoted string.
    static func isInsideBracketOrString(_ text: String) -> Bool {
        var depth = 0
        var triple: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = String(line)
            if triple == nil {
                for c in CellTransformer.stripComment(l) {
                    if "([{".contains(c) { depth += 1 } else if ")]}".contains(c) { depth -= 1 }
                }
            }
            triple = CellTransformer.tripleQuoteState(after: l, startingIn: triple)
        }
        return depth > 0 || triple != nil
    }

    /// The indentation IPython offers on the next line: the previous line's, one level more after
    /// a line ending with `:`, one level less after `return`, `pass`, `break`, `continue`, `raise`.
    public static func nextIndent(after text: String) -> String {
        guard let last = text.split(separator: "\n", omittingEmptySubsequences: false).last else { return "" }
        let line = String(last)
        let indent = line.prefix(while: { $0 == " " })
        let code = CellTransformer.stripComment(line).trimmingCharacters(in: .whitespaces)
        if code.isEmpty { return String(indent) }
        if code.hasSuffix(":") { return indent + "    " }
        let first = code.split(whereSeparator: { $0 == " " || $0 == "(" }).first.map(String.init) ?? ""
        if ["return", "pass", "break", "continue", "raise"].contains(first) {
            return String(repeating: " ", count: max(0, indent.count - 4))
        }
        return String(indent)
    }
}
