import PySyntax

// The AST -> bytecode compiler, after CPython 3.11's Python/compile.c ("the compiler section").
// Visitors live in Compiler+Stmt.swift, Compiler+Expr.swift, Compiler+Call.swift,
// Compiler+Function.swift, Compiler+Comprehension.swift and Compiler+Try.swift; they emit only
// through `CodeBuilder`. This file holds the entry point, the per-scope compiler units and
// name resolution.

/// Compiles a parsed module, expression or interactive statement to a code object, as CPython
/// 3.11's `compile()` does: AST optimisation, symbol tables, code generation and assembly.
///
/// - Parameters:
///   - mod: the parser's result (`Mod.expression` for `.eval`).
///   - filename: recorded in every code object (`co_filename`) and in errors.
///   - mode: `.exec` for modules, `.eval` for expressions, `.single` for interactive input
///     (expression statements print their value with PRINT_EXPR).
///   - optimize: the `-O` level: 1 drops asserts and makes `__debug__` False, 2 also drops
///     docstrings.
///   - source: the source text, used only to fill in `SyntaxError.text` and to turn byte
///     columns into character columns.
/// - Throws: `SyntaxError` for what the symbol table and compiler reject ("'return' outside
///   function", "no binding for nonlocal 'x' found", ...), with CPython's messages and positions.
/// - Complexity: linear in the size of the AST, apart from the jump-offset fixed point.
public func compile(_ mod: Mod, filename: String, mode: ParseMode, optimize: Int = 0,
                    source: String? = nil) throws(SyntaxError) -> CodeObject {
    var ignored: [CompileWarning] = []
    return try compile(mod, filename: filename, mode: mode, optimize: optimize, source: source,
                       warnings: &ignored)
}

/// A warning the compiler issues (CPython's `compiler_warn`): a SyntaxWarning such as
/// `"is" with a literal. Did you mean "=="?`, located by line as CPython reports it.
public struct CompileWarning: Sendable, Equatable {
    /// The warning class name; always "SyntaxWarning" from the compiler.
    public var category: String
    public var message: String
    public var filename: String
    public var lineno: Int

    public init(category: String = "SyntaxWarning", message: String, filename: String,
                lineno: Int) {
        self.category = category
        self.message = message
        self.filename = filename
        self.lineno = lineno
    }
}

/// `compile`, also returning the SyntaxWarnings CPython 3.11's compiler would issue, in order,
/// for the runtime to show through its `warnings` machinery.
public func compile(_ mod: Mod, filename: String, mode: ParseMode, optimize: Int = 0,
                    source: String? = nil, warnings: inout [CompileWarning])
    throws(SyntaxError) -> CodeObject
{
    // The visitors recurse once per nesting level, like the parser that built the tree; give
    // them the parser's large stack so any tree it returns can be compiled.
    let result: Result<(CodeObject, [CompileWarning]), SyntaxError> = runWithLargeStack {
        do throws(SyntaxError) {
            return .success(try compileOnThisStack(mod, filename: filename, mode: mode,
                                                   optimize: optimize, source: source))
        } catch {
            return .failure(error)
        }
    }
    let (code, issued) = try result.get()
    warnings += issued
    return code
}

private func compileOnThisStack(_ mod: Mod, filename: String, mode: ParseMode, optimize: Int,
                                source: String?) throws(SyntaxError)
    -> (CodeObject, [CompileWarning])
{
    let interactive = mode == .single
    if let deep = NestingCheck.firstTooDeep(mod) {
        throw makeSyntaxError(compilationRecursionMessage, filename: filename,
                              lineno: deep.range.lineno, col: deep.range.colOffset,
                              endLineno: deep.range.endLineno, endCol: deep.range.endColOffset,
                              source: source)
    }
    let future = try FutureFeatures.parse(mod, filename: filename, source: source)
    let optimized = ASTOptimizer(optimize: optimize, futureAnnotations: future.annotations)
        .optimize(mod, interactive: interactive)
    let top = try SymbolTableBuilder.build(optimized, filename: filename, source: source,
                                           futureAnnotations: future.annotations)
    let c = Compiler(filename: filename, source: source, optimize: optimize,
                     interactive: interactive, top: top, future: future)
    let code = try c.compileModule(optimized)
    #if JITBOOK_CHECKS
    checkInvariantsRecursively(code)
    #endif
    return (code, c.warnings)
}

/// Checked builds: a code object that breaks an invariant is a compiler bug.
func checkInvariantsRecursively(_ code: CodeObject) {
    let problems = code.invariantViolations()
    precondition(problems.isEmpty, problems.joined(separator: "\n"))
    for c in code.consts { if let nested = c.codeObject { checkInvariantsRecursively(nested) } }
}

/// The kind of scope being compiled (`COMPILER_SCOPE_*`).
enum CompilerScope {
    case module, classScope, function, lambda, comprehension
}

/// What a frame block records for unwinding by `return`, `break` and `continue`
/// (`enum fblocktype` and `fb_datum`).
enum FBlockType {
    case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, handlerCleanup, popValue,
         exceptionHandler
}

struct FBlock {
    var type: FBlockType
    var block: BasicBlock?
    var exit: BasicBlock?
    /// The finally body to re-emit (FINALLY_TRY).
    var finalBody: [Stmt] = []
    /// The `with` statement's range (WITH).
    var withRange: SourceRange?
    /// The bound exception name to clear (HANDLER_CLEANUP).
    var handlerName: String?
}

/// The state of one scope being compiled (`struct compiler_unit`).
final class CompilerUnit {
    let ste: SymbolTableEntry
    let name: String
    var qualname: String
    let scopeType: CompilerScope
    let builder: CodeBuilder
    /// The class name used for mangling `__private` names.
    var privateName: String?
    var argcount = 0
    var posonlyargcount = 0
    var kwonlyargcount = 0
    var fblocks: [FBlock] = []
    let firstLineno: Int

    init(ste: SymbolTableEntry, name: String, scopeType: CompilerScope, builder: CodeBuilder,
         firstLineno: Int) {
        self.ste = ste
        self.name = name
        self.qualname = name
        self.scopeType = scopeType
        self.builder = builder
        self.firstLineno = firstLineno
    }
}

/// Compiles one module: a stack of units, one per scope being compiled (`struct compiler`).
final class Compiler {
    let filename: String
    let source: String?
    let optimize: Int
    let interactive: Bool
    let top: SymbolTableEntry
    let future: FutureFeatures
    var nestLevel = 0
    /// SyntaxWarnings issued so far (`compiler_warn`).
    var warnings: [CompileWarning] = []
    private(set) var units: [CompilerUnit] = []

    init(filename: String, source: String?, optimize: Int, interactive: Bool,
         top: SymbolTableEntry, future: FutureFeatures) {
        self.filename = filename
        self.source = source
        self.optimize = optimize
        self.interactive = interactive
        self.top = top
        self.future = future
    }

    /// The unit being compiled (`c->u`).
    var u: CompilerUnit { units[units.count - 1] }
    /// Its builder.
    var b: CodeBuilder { u.builder }

    // MARK: Errors and locations

    /// A SyntaxError at the current location (`compiler_error`).
    func error(_ message: String) -> SyntaxError {
        let l = b.loc
        return makeSyntaxError(message, filename: filename, lineno: l.lineno, col: l.col,
                               endLineno: l.endLineno, endCol: l.endCol, source: source)
    }

    /// Records a SyntaxWarning at the current line (`compiler_warn`).
    func warn(_ message: String) {
        warnings.append(CompileWarning(message: message, filename: filename, lineno: b.loc.lineno))
    }

    /// `SET_LOC`.
    func setLoc(_ r: SourceRange) { b.loc = Loc(r) }

    /// `UNSET_LOC`: following instructions are artificial.
    func unsetLoc() { b.loc = .none }

    // MARK: Scopes

    /// `compiler_enter_scope`: opens a unit for the scope `ste`, emits RESUME.
    func enterScope(name: String, scopeType: CompilerScope, ste: SymbolTableEntry,
                    lineno: Int) {
        let byName: (String, String) -> Bool = {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }
        var cells = ste.scopes.filter { $0.value == .cell }.map(\.key).sorted(by: byName)
        if ste.needsClassClosure { cells = ["__class__"] }
        let frees = ste.symbolOrder.filter {
            ste.scope(of: $0) == .free || ste.flags($0).contains(.defFreeClass)
        }.sorted(by: byName)
        let builder = CodeBuilder(firstLineno: lineno, parameters: ste.varnames, cellvars: cells,
                                  freevars: frees)
        let unit = CompilerUnit(ste: ste, name: name, scopeType: scopeType, builder: builder,
                                firstLineno: lineno)
        unit.privateName = units.last?.privateName
        units.append(unit)
        nestLevel += 1
        if scopeType == .module {
            b.loc.lineno = 0
        } else {
            setQualname()
        }
        b.addOp(.resume, 0)
        if scopeType == .module { b.loc.lineno = -1 }
    }

    /// `compiler_exit_scope`.
    func exitScope() {
        nestLevel -= 1
        units.removeLast()
    }

    /// The symbol-table entry of a scope-opening node directly inside the current scope.
    func childScope(_ kind: ScopeNodeKind, _ range: SourceRange) -> SymbolTableEntry {
        guard let ste = u.ste.child(kind, range) else {
            preconditionFailure("symbol table has no \(kind) scope at \(range)")
        }
        return ste
    }

    /// `compiler_set_qualname`: `outer.<locals>.name` inside functions, `Class.name` inside
    /// classes, just `name` at module level or when declared `global`.
    private func setQualname() {
        let unit = u
        var base: String? = nil
        if units.count > 2 {
            let parent = units[units.count - 2]
            var forceGlobal = false
            if unit.scopeType == .function || unit.scopeType == .classScope {
                let mangled = mangle(parent.privateName, unit.name)
                if parent.ste.scope(of: mangled) == .globalExplicit { forceGlobal = true }
            }
            if !forceGlobal {
                if parent.scopeType == .function || parent.scopeType == .lambda {
                    base = parent.qualname + ".<locals>"
                } else {
                    base = parent.qualname
                }
            }
        }
        unit.qualname = base.map { $0 + "." + unit.name } ?? unit.name
    }

    /// `compute_code_flags`.
    func codeFlags() -> CodeFlags {
        let ste = u.ste
        var flags = future.codeFlags
        if ste.type == .function {
            flags.formUnion([.newLocals, .optimized])
            if ste.isNested { flags.insert(.nested) }
            if ste.isGenerator { flags.insert(.generator) }
            if ste.hasVarargs { flags.insert(.varargs) }
            if ste.hasVarkeywords { flags.insert(.varkeywords) }
        }
        return flags
    }

    /// Assembles the current unit (`assemble`).
    func assemble(addNone: Bool) -> CodeObject {
        let unit = u
        return unit.builder.assemble(AssemblyInfo(
            name: unit.name, qualname: unit.qualname, filename: filename,
            argcount: unit.argcount, posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount, flags: codeFlags(),
            firstLineno: unit.firstLineno, addNone: addNone))
    }

    // MARK: Module

    /// `compiler_mod`.
    func compileModule(_ mod: Mod) throws(SyntaxError) -> CodeObject {
        enterScope(name: "<module>", scopeType: .module, ste: top, lineno: 1)
        b.loc.lineno = 1
        var addNone = true
        switch mod {
        case .module(let body):
            if interactive {
                if findAnnotations(body) { b.addOp(.setupAnnotations) }
                for s in body { try visitStmt(s) }
            } else {
                try compileBody(body)
            }
        case .expression(let e):
            try visitExpr(e)
            addNone = false
        }
        let co = assemble(addNone: addNone)
        exitScope()
        return co
    }

    /// `compiler_body`: SETUP_ANNOTATIONS when needed, the docstring into `__doc__`, then the
    /// statements.
    func compileBody(_ stmts: [Stmt]) throws(SyntaxError) {
        if u.scopeType == .module, let first = stmts.first { setLoc(first.range) }
        if findAnnotations(stmts) { b.addOp(.setupAnnotations) }
        if stmts.isEmpty { return }
        var rest = stmts[...]
        if optimize < 2, ASTOptimizer.docstring(stmts) != nil, case .expr(let e) = stmts[0].kind {
            try visitExpr(e)
            unsetLoc()
            try nameOp("__doc__", .store)
            rest = stmts.dropFirst()
        }
        for s in rest { try visitStmt(s) }
    }

    /// `find_ann`: whether a body has annotated assignments (outside nested scopes).
    func findAnnotations(_ stmts: [Stmt]) -> Bool {
        for s in stmts {
            switch s.kind {
            case .annAssign: return true
            case .for(_, _, let body, let orelse), .while(_, let body, let orelse),
                 .if(_, let body, let orelse):
                if findAnnotations(body) || findAnnotations(orelse) { return true }
            case .with(_, let body):
                if findAnnotations(body) { return true }
            case .try(let body, let handlers, let orelse, let finalbody):
                if handlers.contains(where: { findAnnotations($0.body) }) { return true }
                if findAnnotations(body) || findAnnotations(finalbody)
                    || findAnnotations(orelse) { return true }
            default:
                break
            }
        }
        return false
    }

    // MARK: Names

    /// `forbidden_name`.
    func checkForbiddenName(_ name: String, _ ctx: ExprContext) throws(SyntaxError) {
        if name == "__debug__" {
            if ctx == .store { throw error("cannot assign to __debug__") }
            if ctx == .del { throw error("cannot delete __debug__") }
        }
    }

    /// Loads, stores or deletes a variable with the opcode its scope calls for
    /// (`compiler_nameop`).
    func nameOp(_ name: String, _ ctx: ExprContext) throws(SyntaxError) {
        try checkForbiddenName(name, ctx)
        let mangled = mangle(u.privateName, name)
        let isFunction = u.ste.type == .function
        enum OpType { case fast, global, deref, name }
        var optype = OpType.name
        var derefIndex = 0
        switch u.ste.scope(of: mangled) {
        case .free?:
            optype = .deref
            derefIndex = b.freeIndex(mangled) ?? 0
        case .cell?:
            optype = .deref
            derefIndex = b.cellIndex(mangled) ?? 0
        case .local?:
            if isFunction { optype = .fast }
        case .globalImplicit?:
            if isFunction { optype = .global }
        case .globalExplicit?:
            optype = .global
        case nil:
            break
        }
        switch optype {
        case .deref:
            switch ctx {
            case .load:
                b.addOp(u.ste.type == .classBlock ? .loadClassderef : .loadDeref, derefIndex)
            case .store: b.addOp(.storeDeref, derefIndex)
            case .del: b.addOp(.deleteDeref, derefIndex)
            }
        case .fast:
            let i = b.addVarname(mangled)
            switch ctx {
            case .load: b.addOp(.loadFast, i)
            case .store: b.addOp(.storeFast, i)
            case .del: b.addOp(.deleteFast, i)
            }
        case .global:
            let i = b.addName(mangled)
            switch ctx {
            case .load: b.addOp(.loadGlobal, i << 1)
            case .store: b.addOp(.storeGlobal, i)
            case .del: b.addOp(.deleteGlobal, i)
            }
        case .name:
            let i = b.addName(mangled)
            switch ctx {
            case .load: b.addOp(.loadName, i)
            case .store: b.addOp(.storeName, i)
            case .del: b.addOp(.deleteName, i)
            }
        }
    }

    /// Adds a (mangled) name to `co_names` and emits `op` with its index (`ADDOP_NAME`).
    func addOpName(_ op: Opcode, _ name: String) {
        b.addOp(op, b.addName(mangle(u.privateName, name)))
    }
}
