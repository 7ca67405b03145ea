import PySyntax

// Symbol tables, after CPython 3.11's Python/symtable.c: one entry per scope (module, class,
// function, lambda, comprehension), built by a visitor over the AST (SymbolTable+Builder.swift)
// and then analysed (SymbolTable+Analysis.swift) to give each name its scope: local, global
// (explicit or implicit), free, or cell.

/// Flags recorded for a name in one scope (`DEF_*` in Include/internal/pycore_symtable.h).
struct SymbolFlags: OptionSet, Hashable {
    let rawValue: Int
    static let defGlobal = SymbolFlags(rawValue: 1)
    static let defLocal = SymbolFlags(rawValue: 2)
    static let defParam = SymbolFlags(rawValue: 4)
    static let defNonlocal = SymbolFlags(rawValue: 8)
    static let use = SymbolFlags(rawValue: 16)
    static let defFree = SymbolFlags(rawValue: 32)
    static let defFreeClass = SymbolFlags(rawValue: 64)
    static let defImport = SymbolFlags(rawValue: 128)
    static let defAnnot = SymbolFlags(rawValue: 256)
    static let defCompIter = SymbolFlags(rawValue: 512)
    /// `DEF_BOUND`: the name is bound in this scope.
    static let defBound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// The resolved scope of a name (`LOCAL` ... `CELL`).
enum Scope {
    case local, globalExplicit, globalImplicit, free, cell
}

enum BlockType {
    /// An annotation under `from __future__ import annotations`: visited for its errors only,
    /// never attached to the tree (CPython's AnnotationBlock).
    case module, classBlock, function, annotation
}

/// The comprehension kind of a comprehension scope (`_Py_comprehension_ty`).
enum ComprehensionKind {
    case list, set, dict, generator
}

/// Which AST node opened a scope; with its source range this finds the entry again when the
/// compiler reaches the node (CPython keys entries by node address).
enum ScopeNodeKind {
    case module, function, classDef, lambda, listComp, setComp, dictComp, genExp
}

/// One scope (`PySTEntryObject`).
final class SymbolTableEntry {
    let name: String
    let type: BlockType
    let nodeKind: ScopeNodeKind
    let range: SourceRange
    /// Flags per (mangled) name, and the order names were first seen.
    private(set) var symbols: [String: SymbolFlags] = [:]
    private(set) var symbolOrder: [String] = []
    /// Resolved scopes, after analysis.
    var scopes: [String: Scope] = [:]
    /// Parameter names in order (`ste_varnames`).
    var varnames: [String] = []
    var children: [SymbolTableEntry] = []
    /// Where each `global`/`nonlocal` directive for a name was written (`ste_directives`).
    var directives: [String: SourceRange] = [:]

    var isNested = false
    var isGenerator = false
    var hasVarargs = false
    var hasVarkeywords = false
    var needsClassClosure = false
    var returnsValue = false
    var comprehension: ComprehensionKind?
    var compIterTarget = false
    var compIterExpr = 0

    init(name: String, type: BlockType, nodeKind: ScopeNodeKind, range: SourceRange) {
        self.name = name
        self.type = type
        self.nodeKind = nodeKind
        self.range = range
    }

    func flags(_ name: String) -> SymbolFlags { symbols[name] ?? [] }

    func setFlags(_ name: String, _ flags: SymbolFlags) {
        if symbols[name] == nil { symbolOrder.append(name) }
        symbols[name] = flags
    }

    /// `_PyST_GetScope`: nil where the name is unknown to the scope.
    func scope(of name: String) -> Scope? { scopes[name] }

    /// The child scope opened by the node of `kind` at `range`.
    func child(_ kind: ScopeNodeKind, _ range: SourceRange) -> SymbolTableEntry? {
        children.first { $0.nodeKind == kind && $0.range == range }
    }
}

/// Name mangling of private names inside a class (`_Py_Mangle`): `__x` in class `C` becomes
/// `_C__x`; dunder names, dotted names and classes named only with underscores are left alone.
func mangle(_ privateName: String?, _ name: String) -> String {
    guard let privateName, name.hasPrefix("__") else { return name }
    if name.hasSuffix("__") || name.contains(".") { return name }
    let stripped = privateName.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
