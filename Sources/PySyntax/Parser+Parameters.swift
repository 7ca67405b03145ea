// Function and lambda parameters (python.gram "Function parameters" and the lambda_ rules). The
// two families differ only in annotations and in the closing token ')' or ':', so one set of
// methods serves both, selected by `lambda`.

/// `StarEtc` in Parser/pegen.h: what follows the `*` or `**` marker.
struct StarEtc {
    var vararg: Arg?
    var kwonly: [(Arg, Expr?)]
    var kwarg: Arg?
}

extension Parser {
    /// params: invalid_parameters | parameters
    func params() throws(SyntaxError) -> Arguments? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidParameters(lambda: false)
            mark = start
        }
        return try parameters(lambda: false)
    }

    /// lambda_params: invalid_lambda_parameters | lambda_parameters
    func lambdaParams() throws(SyntaxError) -> Arguments? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidParameters(lambda: true)
            mark = start
        }
        return try parameters(lambda: true)
    }

    /// parameters / lambda_parameters: the five alternatives of python.gram, in order.
    ///
    /// Each alternative re-reads parameters the previous one already read; the lists are
    /// short, so pegen does not memoise them and neither do we. Their order matters for which
    /// tokens are read before failing, hence for error positions.
    func parameters(lambda: Bool) throws(SyntaxError) -> Arguments? {
        try enter()
        defer { leave() }
        let start = mark
        // slash_no_default param_no_default* param_with_default* [star_etc]
        if let a = try slashNoDefault(lambda: lambda) {
            let b = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
            let c = try repeated { () throws(SyntaxError) in
                try self.paramWithDefault(lambda: lambda)
            }
            let d = try optionalStarEtc(lambda: lambda)
            return makeArguments(posonly: a, posonlyDefaults: [], plain: b, withDefaults: c, d)
        }
        mark = start
        // slash_with_default param_with_default* [star_etc]
        if let (plain, defaults) = try slashWithDefault(lambda: lambda) {
            let b = try repeated { () throws(SyntaxError) in
                try self.paramWithDefault(lambda: lambda)
            }
            let c = try optionalStarEtc(lambda: lambda)
            return makeArguments(posonly: plain, posonlyDefaults: defaults, plain: [],
                                 withDefaults: b, c)
        }
        mark = start
        // param_no_default+ param_with_default* [star_etc]
        let a = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        if !a.isEmpty {
            let b = try repeated { () throws(SyntaxError) in
                try self.paramWithDefault(lambda: lambda)
            }
            let c = try optionalStarEtc(lambda: lambda)
            return makeArguments(posonly: [], posonlyDefaults: [], plain: a, withDefaults: b, c)
        }
        mark = start
        // param_with_default+ [star_etc]
        let w = try repeated { () throws(SyntaxError) in try self.paramWithDefault(lambda: lambda) }
        if !w.isEmpty {
            let c = try optionalStarEtc(lambda: lambda)
            return makeArguments(posonly: [], posonlyDefaults: [], plain: [], withDefaults: w, c)
        }
        mark = start
        // star_etc
        if let s = try starEtc(lambda: lambda) {
            return makeArguments(posonly: [], posonlyDefaults: [], plain: [], withDefaults: [], s)
        }
        mark = start
        return nil
    }

    /// `_PyPegen_make_arguments`: positional-only parameters with defaults share `defaults`
    /// with the ordinary ones (the last `defaults.count` of posonlyargs + args have one).
    func makeArguments(posonly: [Arg], posonlyDefaults: [(Arg, Expr)], plain: [Arg],
                       withDefaults: [(Arg, Expr)], _ starEtc: StarEtc?) -> Arguments {
        var a = Arguments()
        a.posonlyargs = posonly + posonlyDefaults.map { $0.0 }
        a.args = plain + withDefaults.map { $0.0 }
        a.defaults = posonlyDefaults.map { $0.1 } + withDefaults.map { $0.1 }
        if let s = starEtc {
            a.vararg = s.vararg
            a.kwonlyargs = s.kwonly.map { $0.0 }
            a.kwDefaults = s.kwonly.map { $0.1 }
            a.kwarg = s.kwarg
        }
        return a
    }

    /// Zero or more of `rule` (`rule*`).
    func repeated<T>(_ rule: () throws(SyntaxError) -> T?) throws(SyntaxError) -> [T] {
        var out: [T] = []
        while true {
            let m = mark
            guard let x = try rule() else {
                mark = m
                return out
            }
            out.append(x)
        }
    }

    func optionalStarEtc(lambda: Bool) throws(SyntaxError) -> StarEtc? {
        let m = mark
        if let s = try starEtc(lambda: lambda) { return s }
        mark = m
        return nil
    }

    /// slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    func slashNoDefault(lambda: Bool) throws(SyntaxError) -> [Arg]? {
        try enter()
        defer { leave() }
        let start = mark
        let a = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        if !a.isEmpty, try expect(.slash), try endOfParam(lambda: lambda) { return a }
        mark = start
        return nil
    }

    /// slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
    func slashWithDefault(lambda: Bool) throws(SyntaxError) -> ([Arg], [(Arg, Expr)])? {
        try enter()
        defer { leave() }
        let start = mark
        let a = try repeated { () throws(SyntaxError) in try self.paramNoDefault(lambda: lambda) }
        let b = try repeated { () throws(SyntaxError) in try self.paramWithDefault(lambda: lambda) }
        if !b.isEmpty, try expect(.slash), try endOfParam(lambda: lambda) { return (a, b) }
        mark = start
        return nil
    }

    /// The `','` or `&')'` (`&':'` for lambdas) that ends each parameter.
    func endOfParam(lambda: Bool) throws(SyntaxError) -> Bool {
        if try expect(.comma) {
            // `param ',' TYPE_COMMENT?`: CPython looks at the next token for a type comment,
            // which moves its furthest token (and the line its errors quote).
            if !lambda { _ = try peek() }
            return true
        }
        return try peek() == (lambda ? .colon : .rpar)
    }

    /// star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds]
    ///     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    ///     | '*' ',' param_maybe_default+ [kwds] | kwds
    func starEtc(lambda: Bool) throws(SyntaxError) -> StarEtc? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidStarEtc(lambda: lambda)
            mark = start
        }
        if try expect(.star) {
            let afterStar = mark
            var vararg = try paramNoDefault(lambda: lambda)
            if vararg == nil && !lambda {
                mark = afterStar
                vararg = try paramNoDefaultStarAnnotation()
            }
            if let vararg {
                let b = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                let c = try optionalKwds(lambda: lambda)
                return StarEtc(vararg: vararg, kwonly: b, kwarg: c)
            }
            mark = afterStar
            if try expect(.comma) {
                let b = try repeated { () throws(SyntaxError) in
                    try self.paramMaybeDefault(lambda: lambda)
                }
                if !b.isEmpty {
                    let c = try optionalKwds(lambda: lambda)
                    return StarEtc(vararg: nil, kwonly: b, kwarg: c)
                }
            }
        }
        mark = start
        if let k = try kwds(lambda: lambda) { return StarEtc(vararg: nil, kwonly: [], kwarg: k) }
        mark = start
        return nil
    }

    func optionalKwds(lambda: Bool) throws(SyntaxError) -> Arg? {
        let m = mark
        if let k = try kwds(lambda: lambda) { return k }
        mark = m
        return nil
    }

    /// kwds: invalid_kwds | '**' param_no_default
    func kwds(lambda: Bool) throws(SyntaxError) -> Arg? {
        try enter()
        defer { leave() }
        let start = mark
        if callInvalidRules {
            try invalidKwds(lambda: lambda)
            mark = start
        }
        if try expect(.doubleStar), let a = try paramNoDefault(lambda: lambda) { return a }
        mark = start
        return nil
    }

    /// param_no_default: param ',' | param &')'
    func paramNoDefault(lambda: Bool) throws(SyntaxError) -> Arg? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try param(lambda: lambda), try endOfParam(lambda: lambda) { return a }
        mark = start
        return nil
    }

    /// param_no_default_star_annotation: NAME ':' star_expression (',' | &')')
    func paramNoDefaultStarAnnotation() throws(SyntaxError) -> Arg? {
        try enter()
        defer { leave() }
        let start = mark
        if let n = try name(), try expect(.colon), let ann = try starExpression() {
            let a = Arg(name: nameId(n), annotation: ann, range: range(from: start))
            if try endOfParam(lambda: false) { return a }
        }
        mark = start
        return nil
    }

    /// param_with_default: param default ',' | param default &')'
    func paramWithDefault(lambda: Bool) throws(SyntaxError) -> (Arg, Expr)? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try param(lambda: lambda), let d = try defaultValue(),
            try endOfParam(lambda: lambda)
        {
            return (a, d)
        }
        mark = start
        return nil
    }

    /// param_maybe_default: param default? ',' | param default? &')'
    func paramMaybeDefault(lambda: Bool) throws(SyntaxError) -> (Arg, Expr?)? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try param(lambda: lambda) {
            let m = mark
            let d = try defaultValue()
            if d == nil { mark = m }
            if try endOfParam(lambda: lambda) { return (a, d) }
        }
        mark = start
        return nil
    }

    /// param: NAME annotation? (lambda_param: NAME). The Arg's range covers the annotation
    /// but not the default.
    func param(lambda: Bool) throws(SyntaxError) -> Arg? {
        try enter()
        defer { leave() }
        let start = mark
        guard let n = try name() else { return nil }
        var annotation: Expr? = nil
        if !lambda {
            let m = mark
            if try expect(.colon) {
                annotation = try expression()
                if annotation == nil { mark = m }
            }
        }
        return Arg(name: nameId(n), annotation: annotation, range: range(from: start))
    }

    /// default: '=' expression | invalid_default
    func defaultValue() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if try expect(.equal), let e = try expression() { return e }
        mark = start
        if callInvalidRules {
            try invalidDefault()
            mark = start
        }
        return nil
    }
}
