import PySyntax

// Calls (Python/compile.c: compiler_call, maybe_optimize_method_call, compiler_call_helper):
// PUSH_NULL or LOAD_METHOD, the arguments, KW_NAMES for keywords, PRECALL n and CALL n; or
// CALL_FUNCTION_EX when there are `*args`/`**kwargs` or too many arguments.

extension Compiler {
    /// `validate_keywords`: no keyword given twice, none named `__debug__`.
    private func validateKeywords(_ keywords: [Keyword]) throws(SyntaxError) {
        for (i, k) in keywords.enumerated() {
            guard let name = k.name else { continue }
            try checkForbiddenName(name, .store)
            for other in keywords[(i + 1)...] where other.name == name {
                setLoc(other.range)
                throw error("keyword argument repeated: \(name)")
            }
        }
    }

    /// `compiler_call`.
    func compileCall(_ e: Expr, _ f: Expr, _ args: [Expr], _ keywords: [Keyword])
        throws(SyntaxError)
    {
        try validateKeywords(keywords)
        if try compileMethodCall(e, f, args, keywords) { return }
        checkCaller(f)
        setLoc(f.range)
        b.addOp(.pushNull)
        setLoc(e.range)
        try visitExpr(f)
        try callHelper(0, args, keywords)
    }

    /// `is_import_originated`: the receiver is a name the module imports, so `m.f(x)` is
    /// compiled as an attribute load plus a call rather than LOAD_METHOD.
    private func isImportOriginated(_ e: Expr) -> Bool {
        guard case .name(let id, _) = e.kind else { return false }
        return top.flags(id).contains(.defImport)
    }

    /// `maybe_optimize_method_call`: `obj.name(args)` without `*`/`**` becomes LOAD_METHOD.
    private func compileMethodCall(_ e: Expr, _ f: Expr, _ args: [Expr], _ keywords: [Keyword])
        throws(SyntaxError) -> Bool
    {
        guard case .attribute(let obj, let attr, .load) = f.kind else { return false }
        if isImportOriginated(obj) { return false }
        let nargs = args.count, nkw = keywords.count
        if nargs + nkw + (nkw != 0 ? 1 : 0) >= stackUseGuideline { return false }
        if args.contains(where: { if case .starred = $0.kind { return true }; return false }) {
            return false
        }
        if keywords.contains(where: { $0.name == nil }) { return false }
        try visitExpr(obj)
        setLoc(f.range)
        updateStartLocationToMatchAttr(f)
        addOpName(.loadMethod, attr)
        for a in args { try visitExpr(a) }
        if nkw > 0 {
            for k in keywords { try visitExpr(k.value) }
            kwNames(keywords)
        }
        setLoc(e.range)
        updateStartLocationToMatchAttr(f)
        b.addOp(.precall, nargs + nkw)
        b.addOp(.call, nargs + nkw)
        return true
    }

    /// `compiler_call_simple_kw_helper`: KW_NAMES with the tuple of keyword names.
    private func kwNames(_ keywords: [Keyword]) {
        let names = CodeConstant.tuple(keywords.map { .str($0.name!) })
        b.addOp(.kwNames, b.addConst(names))
    }

    /// `compiler_call_helper`: `n` arguments are already on the stack (the class body
    /// function and name for `__build_class__`).
    func callHelper(_ n: Int, _ args: [Expr], _ keywords: [Keyword]) throws(SyntaxError) {
        try validateKeywords(keywords)
        let nelts = args.count, nkw = keywords.count
        var exCall = nelts + nkw * 2 > stackUseGuideline
        if args.contains(where: { if case .starred = $0.kind { return true }; return false }) {
            exCall = true
        }
        if keywords.contains(where: { $0.name == nil }) { exCall = true }
        if !exCall {
            for a in args { try visitExpr(a) }
            if nkw > 0 {
                for k in keywords { try visitExpr(k.value) }
                kwNames(keywords)
            }
            b.addOp(.precall, n + nelts + nkw)
            b.addOp(.call, n + nelts + nkw)
            return
        }
        // Positional arguments as one tuple.
        if n == 0 && nelts == 1, case .starred(let value, _) = args[0].kind {
            try visitExpr(value)
        } else {
            try starUnpack(args, pushed: n, build: .buildList, add: .listAppend,
                           extend: .listExtend, tuple: true)
        }
        // Keyword arguments as one dict.
        if nkw > 0 {
            var haveDict = false
            var nseen = 0
            for (i, kw) in keywords.enumerated() {
                if kw.name == nil {
                    if nseen > 0 {
                        try subkwargs(keywords, i - nseen, i)
                        if haveDict { b.addOp(.dictMerge, 1) }
                        haveDict = true
                        nseen = 0
                    }
                    if !haveDict {
                        b.addOp(.buildMap, 0)
                        haveDict = true
                    }
                    try visitExpr(kw.value)
                    b.addOp(.dictMerge, 1)
                } else {
                    nseen += 1
                }
            }
            if nseen > 0 {
                try subkwargs(keywords, nkw - nseen, nkw)
                if haveDict { b.addOp(.dictMerge, 1) }
            }
        }
        b.addOp(.callFunctionEx, nkw > 0 ? 1 : 0)
    }

    /// `compiler_subkwargs`: named keywords `begin..<end` as a dict.
    private func subkwargs(_ keywords: [Keyword], _ begin: Int, _ end: Int) throws(SyntaxError) {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big {
            for i in begin..<end { try visitExpr(keywords[i].value) }
            b.loadConst(.tuple(keywords[begin..<end].map { .str($0.name!) }))
            b.addOp(.buildConstKeyMap, n)
            return
        }
        if big { b.addOpNoLine(.buildMap, 0) }
        for i in begin..<end {
            b.loadConst(.str(keywords[i].name!))
            try visitExpr(keywords[i].value)
            if big { b.addOpNoLine(.mapAdd, 1) }
        }
        if !big { b.addOp(.buildMap, n) }
    }
}
