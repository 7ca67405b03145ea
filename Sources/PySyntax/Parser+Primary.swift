// Primaries and subscripts (python.gram "Primary elements"): attribute access, calls and
// subscripts grow a primary left to right in a loop, as pegen grows its left-recursive rule.

extension Parser {
    /// await_primary: AWAIT primary | primary. There is no Await node: an await expression is
    /// reported as unsupported.
    func awaitPrimary() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.kwAwait) {
            if try primary() != nil { throw unsupported("'await' expressions", at: start) }
            mark = start
            return nil
        }
        return try primary()
    }

    /// primary (left-recursive): attribute access, genexp call, call, subscript, or an atom.
    func primary() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard var a = try atom() else {
            mark = start
            return nil
        }
        while true {
            let m = mark
            let k = try peek()
            if k == .dot {
                mark += 1
                if let n = try name() {
                    a = Expr(.attribute(a, attr: nameId(n), .load), range(from: start))
                    continue
                }
                mark = m
                break
            } else if k == .lpar {
                if let g = try genexp() {
                    a = Expr(.call(func: a, args: [g], keywords: []), range(from: start))
                    continue
                }
                mark = m
                mark += 1
                let argsStart = mark
                let args = try arguments()
                if args == nil { mark = argsStart }
                if try expect(.rpar) {
                    a = Expr(.call(func: a, args: args?.args ?? [], keywords: args?.keywords ?? []),
                             range(from: start))
                    continue
                }
                mark = m
                break
            } else if k == .lsqb {
                // `primary genexp` comes before the subscript: in the second pass genexp's
                // invalid_comprehension looks into brackets and braces too.
                if callInvalidRules {
                    _ = try genexp()
                    mark = m
                }
                mark += 1
                if let s = try slices(), try expect(.rsqb) {
                    a = Expr(.subscript(a, slice: s, .load), range(from: start))
                    continue
                }
                mark = m
                break
            } else if k == .lbrace && callInvalidRules {
                _ = try genexp()
                mark = m
            }
            break
        }
        return a
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple)
    func slices() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try slice(), try peek() != .comma { return a }
        mark = start
        guard let elts = try gather({ () throws(SyntaxError) in
            if let s = try self.slice() { return s }
            return try self.starredExpression()
        }) else {
            mark = start
            return nil
        }
        _ = try expect(.comma)
        return Expr(.tuple(elts, .load), range(from: start))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    func slice() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        let lower = try expression()
        if lower == nil { mark = start }
        if try expect(.colon) {
            let m = mark
            let upper = try expression()
            if upper == nil { mark = m }
            var step: Expr? = nil
            let m2 = mark
            if try expect(.colon) {
                let m3 = mark
                step = try expression()
                if step == nil { mark = m3 }
            } else {
                mark = m2
            }
            return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
        }
        mark = start
        if let e = try namedExpression() { return e }
        mark = start
        return nil
    }

    /// `sep.elem+`: one or more `elem` separated by commas (not consuming a trailing comma).
    func gather(_ elem: () throws(SyntaxError) -> Expr?) throws(SyntaxError) -> [Expr]? {
        let start = mark
        guard let first = try elem() else {
            mark = start
            return nil
        }
        var out = [first]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let e = try elem() else {
                mark = m
                break
            }
            out.append(e)
        }
        return out
    }

    func nameId(_ e: Expr) -> String {
        if case .name(let id, _) = e.kind { return id }
        return ""
    }
}
