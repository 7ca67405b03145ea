import PySyntax

// Functions, lambdas and classes (Python/compile.c: compiler_function, compiler_lambda,
// compiler_class, compiler_make_closure and the argument helpers).

extension Compiler {
    /// `compiler_make_closure`: LOAD_CLOSURE for each free variable of `co` (as a tuple),
    /// then LOAD_CONST co; MAKE_FUNCTION flags.
    func makeClosure(_ co: CodeObject, flags: Int) {
        var flags = flags
        if !co.freevars.isEmpty {
            for name in co.freevars {
                // A class's `__class__` is its implicit cell.
                let isCell = (u.scopeType == .classScope && name == "__class__")
                    || u.ste.scope(of: name) == .cell
                let arg = isCell ? b.cellIndex(name) : b.freeIndex(name)
                b.addOp(.loadClosure, arg ?? 0)
            }
            flags |= 0x08
            b.addOp(.buildTuple, co.freevars.count)
        }
        b.loadConst(.code(co))
        b.addOp(.makeFunction, flags)
    }

    /// `compiler_check_debug_args`: no parameter may be named `__debug__`.
    private func checkDebugArgs(_ args: Arguments) throws(SyntaxError) {
        let all = args.posonlyargs + args.args + (args.vararg.map { [$0] } ?? [])
            + args.kwonlyargs + (args.kwarg.map { [$0] } ?? [])
        for a in all { try checkForbiddenName(a.name, .store) }
    }

    /// `compiler_default_arguments`: the defaults tuple and keyword-only defaults dict;
    /// returns MAKE_FUNCTION's flags for them.
    private func defaultArguments(_ args: Arguments) throws(SyntaxError) -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try visitExpr(d) }
            b.addOp(.buildTuple, args.defaults.count)
            flags |= 0x01
        }
        var keys: [CodeConstant] = []
        for (arg, def) in zip(args.kwonlyargs, args.kwDefaults) {
            guard let def else { continue }
            keys.append(.str(mangle(u.privateName, arg.name)))
            try visitExpr(def)
        }
        if !keys.isEmpty {
            b.loadConst(.tuple(keys))
            b.addOp(.buildConstKeyMap, keys.count)
            flags |= 0x02
        }
        return flags
    }

    /// `compiler_visit_annotations`: (name, annotation) pairs as a flat tuple; returns
    /// whether one was pushed.
    private func visitAnnotations(_ args: Arguments, _ returns: Expr?) throws(SyntaxError) -> Bool {
        var count = 0
        func one(_ name: String, _ ann: Expr?) throws(SyntaxError) {
            guard let ann else { return }
            b.loadConst(.str(mangle(u.privateName, name)))
            if future.annotations {
                b.loadConst(.str(Unparse.annotation(ann)))
            } else if case .starred(let value, _) = ann.kind {
                try visitExpr(value)
                b.addOp(.unpackSequence, 1)
            } else {
                try visitExpr(ann)
            }
            count += 2
        }
        for a in args.args { try one(a.name, a.annotation) }
        for a in args.posonlyargs { try one(a.name, a.annotation) }
        if let v = args.vararg { try one(v.name, v.annotation) }
        for a in args.kwonlyargs { try one(a.name, a.annotation) }
        if let k = args.kwarg { try one(k.name, k.annotation) }
        try one("return", returns)
        if count > 0 {
            b.addOp(.buildTuple, count)
            return true
        }
        return false
    }

    /// `compiler_apply_decorators`: each decorator call carries the decorator's location.
    private func applyDecorators(_ decorators: [Expr]) {
        let saved = b.loc
        for d in decorators.reversed() {
            setLoc(d.range)
            b.addOp(.precall, 0)
            b.addOp(.call, 0)
        }
        b.loc = saved
    }

    /// `compiler_function`.
    func compileFunction(_ s: Stmt) throws(SyntaxError) {
        guard case .functionDef(let name, let args, let body, let decorators, let returns) = s.kind
        else { return }
        try checkDebugArgs(args)
        for d in decorators { try visitExpr(d) }
        let firstLineno = decorators.first?.range.lineno ?? s.range.lineno
        var flags = try defaultArguments(args)
        if try visitAnnotations(args, returns) { flags |= 0x04 }

        enterScope(name: name, scopeType: .function, ste: childScope(.function, s.range),
                   lineno: firstLineno)
        let docstring = optimize < 2 ? ASTOptimizer.docstring(body) : nil
        b.addConst(docstring.map { .str($0) } ?? .none)
        u.argcount = args.args.count
        u.posonlyargcount = args.posonlyargs.count
        u.kwonlyargcount = args.kwonlyargs.count
        for st in body.dropFirst(docstring != nil ? 1 : 0) { try visitStmt(st) }
        let co = assemble(addNone: true)
        exitScope()

        makeClosure(co, flags: flags)
        applyDecorators(decorators)
        try nameOp(name, .store)
    }

    /// `compiler_lambda`.
    func compileLambda(_ e: Expr, _ args: Arguments, _ body: Expr) throws(SyntaxError) {
        try checkDebugArgs(args)
        let flags = try defaultArguments(args)
        enterScope(name: "<lambda>", scopeType: .lambda, ste: childScope(.lambda, e.range),
                   lineno: e.range.lineno)
        // None first, so a lambda never has a docstring.
        b.addConst(.none)
        u.argcount = args.args.count
        u.posonlyargcount = args.posonlyargs.count
        u.kwonlyargcount = args.kwonlyargs.count
        try visitExpr(body)
        let co: CodeObject
        if u.ste.isGenerator {
            co = assemble(addNone: false)
        } else {
            b.addOp(.returnValue)
            co = assemble(addNone: true)
        }
        exitScope()
        makeClosure(co, flags: flags)
    }

    /// `compiler_class`: the body becomes a function that `__build_class__` calls with the
    /// class name, bases and keywords.
    func compileClass(_ s: Stmt) throws(SyntaxError) {
        guard case .classDef(let name, let bases, let keywords, let body, let decorators) = s.kind
        else { return }
        for d in decorators { try visitExpr(d) }
        let firstLineno = decorators.first?.range.lineno ?? s.range.lineno

        enterScope(name: name, scopeType: .classScope, ste: childScope(.classDef, s.range),
                   lineno: firstLineno)
        u.privateName = name
        try nameOp("__name__", .load)
        try nameOp("__module__", .store)
        b.loadConst(.str(u.qualname))
        try nameOp("__qualname__", .store)
        try compileBody(body)
        unsetLoc()
        if u.ste.needsClassClosure {
            b.addOp(.loadClosure, b.cellIndex("__class__") ?? 0)
            b.addOp(.copy, 1)
            try nameOp("__classcell__", .store)
        } else {
            b.loadConst(.none)
        }
        b.addOp(.returnValue)
        let co = assemble(addNone: true)
        exitScope()

        b.addOp(.pushNull)
        b.addOp(.loadBuildClass)
        makeClosure(co, flags: 0)
        b.loadConst(.str(name))
        try callHelper(2, bases, keywords)
        applyDecorators(decorators)
        try nameOp(name, .store)
    }
}
