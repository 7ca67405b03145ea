import PySyntax

/// `'...' % (a, b)` rewritten as an f-string when every conversion is a plain `%s`, `%r` or `%a`
/// with optional flags, width and precision (Python/ast_opt.c, CPython 3.11: `optimize_format`,
/// `parse_literal`, `parse_format`, `simple_format_arg_parse`). The literal pieces have no
/// source location, so their LOAD_CONSTs are artificial, as in CPython.
enum PercentFormat {
    /// A position that marks an artificial node (CPython builds these with -1 everywhere).
    static let noLocation = SourceRange(lineno: -1, colOffset: -1, endLineno: -1,
                                        endColOffset: -1)

    /// The JoinedStr to use instead of `fmt % (elts...)`, or nil to leave the expression as it
    /// is (an unsupported conversion, or a count mismatch).
    static func optimize(_ fmt: String, _ elts: [Expr]) -> ExprKind? {
        let chars = Array(fmt.unicodeScalars)
        var pos = 0
        var count = 0
        var values: [Expr] = []
        while true {
            if let lit = literal(chars, &pos) { values.append(lit) }
            if pos >= chars.count { break }
            if count >= elts.count { return nil }  // more format units than items
            pos += 1  // the '%'
            guard let fv = format(chars, &pos, elts[count]) else { return nil }
            count += 1
            values.append(fv)
        }
        if count < elts.count { return nil }  // more items than format units
        return .joinedStr(values)
    }

    /// Text up to the next single `%`, with `%%` turned into `%` (`parse_literal`).
    private static func literal(_ chars: [Unicode.Scalar], _ pos: inout Int) -> Expr? {
        let start = pos
        var hasPercents = false
        while pos < chars.count {
            if chars[pos] != "%" {
                pos += 1
            } else if pos + 1 < chars.count && chars[pos + 1] == "%" {
                hasPercents = true
                pos += 2
            } else {
                break
            }
        }
        if pos == start { return nil }
        var s = String(String.UnicodeScalarView(chars[start..<pos]))
        if hasPercents { s = s.replacingOccurrences(of: "%%", with: "%") }
        return Expr(.constant(.str(s)), noLocation)
    }

    /// One conversion (`parse_format` with `simple_format_arg_parse`).
    private static func format(_ chars: [Unicode.Scalar], _ pos: inout Int, _ arg: Expr)
        -> Expr?
    {
        var p = pos
        func next() -> Unicode.Scalar? {
            guard p < chars.count else { return nil }
            defer { p += 1 }
            return chars[p]
        }
        // At most two digits of width and of precision (MAXDIGITS is 3 in ast_opt.c).
        let maxDigits = 3
        var leftJustify = false
        var ch: Unicode.Scalar
        while true {
            guard let c = next() else { return nil }
            ch = c
            switch c {
            case "-": leftJustify = true; continue
            case "+", " ", "#", "0": continue
            default: break
            }
            break
        }
        var width = -1
        var prec = -1
        if ("0"..."9").contains(ch) {
            width = 0
            var digits = 0
            while ("0"..."9").contains(ch) {
                width = width * 10 + Int(ch.value - 48)
                guard let c = next() else { return nil }
                ch = c
                digits += 1
                if digits >= maxDigits { return nil }
            }
        }
        if ch == "." {
            guard let c = next() else { return nil }
            ch = c
            prec = 0
            var digits = 0
            while ("0"..."9").contains(ch) {
                prec = prec * 10 + Int(ch.value - 48)
                guard let c = next() else { return nil }
                ch = c
                digits += 1
                if digits >= maxDigits { return nil }
            }
        }
        pos = p
        let conversion: Conversion
        switch ch {
        case "s": conversion = .str
        case "r": conversion = .repr
        case "a": conversion = .ascii
        default: return nil
        }
        var spec = ""
        if !leftJustify && width > 0 { spec += ">" }
        if width >= 0 { spec += String(width) }
        if prec >= 0 { spec += "." + String(prec) }
        let specExpr = spec.isEmpty ? nil : Expr(.constant(.str(spec)), noLocation)
        return Expr(.formattedValue(arg, conversion: conversion, formatSpec: specExpr), arg.range)
    }
}
