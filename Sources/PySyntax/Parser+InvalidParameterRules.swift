// The `invalid_*` rules of python.gram for `def` and `lambda` parameter lists: defaults in the
// wrong place, a misplaced `/` or `*`, parenthesised parameters. Second pass only.

extension Parser {
    // MARK: - Parameters

    /// invalid_parameters / invalid_lambda_parameters
    ///
    /// `def f(a=1, b)` -> "non-default argument follows default argument"; `def f((a, b))`
    /// -> "Function parameters cannot be parenthesized"; `def f(/)` -> "at least one argument
    /// must precede /"; `/` twice, `/` after `*`, and `a=1/*` each have their message too.
    func invalidParameters(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        // param_no_default* invalid_parameters_helper param_no_default
        _ = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        let m = mark
        var helper = try slashWithDefault(lambda: lambda) != nil
        if !helper {
            mark = m
            helper = !(try repeated { () throws(SyntaxError) in
                try self.paramWithDefault(lambda: lambda)
            }).isEmpty
        }
        if helper, let a = try paramNoDefault(lambda: lambda) {
            throw raiseAt(a.range, "non-default argument follows default argument")
        }
        mark = start
        // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
        _ = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        if let a = try expectToken(.lpar) {
            var ok: Bool
            if lambda {
                ok = try gather({ () throws(SyntaxError) in
                    if let p = try self.param(lambda: true) {
                        return Expr(.name(p.name, .load), p.range)
                    }
                    return nil
                }) != nil
            } else {
                ok = !(try repeated { () throws(SyntaxError) in
                    try self.paramNoDefault(lambda: false)
                }).isEmpty
            }
            if ok {
                _ = try expect(.comma)
                if let b = try expectToken(.rpar) {
                    throw raiseRange(range(tokens[a]), range(tokens[b]), lambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized")
                }
            }
        }
        mark = start
        // "/" ','
        if let a = try expectToken(.slash), try expect(.comma) {
            throw raiseAt(range(tokens[a]), "at least one argument must precede /")
        }
        mark = start
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if try slashEither(lambda: lambda) {
            _ = try repeated { () throws(SyntaxError) in try self.paramMaybeDefault(lambda: lambda) }
            if let a = try expectToken(.slash) {
                throw raiseAt(range(tokens[a]), "/ may appear only once")
            }
        }
        mark = start
        // [slash_no_default | slash_with_default] param_maybe_default* '*' (',' | param_no_default)
        //     param_maybe_default* '/'
        if !(try slashEither(lambda: lambda)) { mark = start }
        _ = try repeated { () throws(SyntaxError) in try self.paramMaybeDefault(lambda: lambda) }
        if try expect(.star) {
            var ok = try expect(.comma)
            if !ok { ok = try paramNoDefault(lambda: lambda) != nil }
            if ok {
                _ = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                if let a = try expectToken(.slash) {
                    throw raiseAt(range(tokens[a]), "/ must be ahead of *")
                }
            }
        }
        mark = start
        // param_maybe_default+ '/' '*'
        let some = try repeated { () throws(SyntaxError) in
            try self.paramMaybeDefault(lambda: lambda)
        }
        if !some.isEmpty, try expect(.slash), let a = try expectToken(.star) {
            throw raiseAt(range(tokens[a]), "expected comma between / and *")
        }
        mark = start
    }

    func slashEither(lambda: Bool) throws(SyntaxError) -> Bool {
        let m = mark
        if try slashNoDefault(lambda: lambda) != nil { return true }
        mark = m
        if try slashWithDefault(lambda: lambda) != nil { return true }
        mark = m
        return false
    }

    /// invalid_default: '=' &(')' | ',')
    func invalidDefault() throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try expectToken(.equal) {
            let k = try peek()
            if k == .rpar || k == .comma {
                throw raiseAt(range(tokens[a]), "expected default value expression")
            }
        }
        mark = start
    }

    /// invalid_star_etc / invalid_lambda_star_etc
    /// `def f(*)` -> "named arguments must follow bare *" (for lambdas at the last token read,
    /// as CPython has no location there); `*a=1` and a second `*` have their own messages.
    func invalidStarEtc(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        let close: TokenKind = lambda ? .colon : .rpar
        if let a = try expectToken(.star) {
            var bare = try expect(close)
            if !bare, try expect(.comma) {
                let k = try peek()
                bare = k == close || k == .doubleStar
                if bare { mark += 1 }
            }
            if bare {
                if lambda { throw raiseSyntaxError("named arguments must follow bare *") }
                throw raiseAt(range(tokens[a]), "named arguments must follow bare *")
            }
        }
        mark = start
        if try expect(.star), try param(lambda: lambda) != nil, let a = try expectToken(.equal) {
            throw raiseAt(range(tokens[a]), "var-positional argument cannot have default value")
        }
        mark = start
        if try expect(.star) {
            var ok = try paramNoDefault(lambda: lambda) != nil
            if !ok { ok = try expect(.comma) }
            if ok {
                _ = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                if let a = try expectToken(.star) {
                    var again = try paramNoDefault(lambda: lambda) != nil
                    if !again { again = try expect(.comma) }
                    if again {
                        throw raiseAt(range(tokens[a]), "* argument may appear only once")
                    }
                }
            }
        }
        mark = start
    }

    /// invalid_kwds / invalid_lambda_kwds
    /// `**k=1` -> "var-keyword argument cannot have default value"; anything after `**k`
    /// -> "arguments cannot follow var-keyword argument".
    func invalidKwds(lambda: Bool) throws(SyntaxError) {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.doubleStar), try param(lambda: lambda) != nil {
            let m = mark
            if let a = try expectToken(.equal) {
                throw raiseAt(range(tokens[a]), "var-keyword argument cannot have default value")
            }
            mark = m
            if try expect(.comma) {
                let m2 = mark
                if let a = try param(lambda: lambda) {
                    throw raiseAt(a.range, "arguments cannot follow var-keyword argument")
                }
                mark = m2
                let k = try peek()
                if k == .star || k == .doubleStar || k == .slash {
                    throw raiseAt(range(tokens[mark]), "arguments cannot follow var-keyword argument")
                }
            }
        }
        mark = start
    }
}
