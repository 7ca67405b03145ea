import PySyntax

/// Resolves every name's scope (`symtable_analyze` and `analyze_block` of Python/symtable.c).
struct SymbolTableAnalyzer {
    let filename: String
    let source: String?

    func analyze(_ top: SymbolTableEntry) throws(SyntaxError) {
        var free = Set<String>()
        var global = Set<String>()
        try analyzeBlock(top, bound: nil, free: &free, global: &global)
    }

    private func errorAtDirective(_ ste: SymbolTableEntry, _ name: String,
                                  _ message: String) -> SyntaxError {
        let r = ste.directives[name] ?? ste.range
        return makeSyntaxError(message, filename: filename, lineno: r.lineno, col: r.colOffset,
                               endLineno: r.endLineno, endCol: r.endColOffset, source: source)
    }

    /// `analyze_block`. `bound` is nil for the module (names bound in enclosing functions
    /// otherwise); `free` collects names free here or in children; `global` the known globals.
    private func analyzeBlock(_ ste: SymbolTableEntry, bound boundIn: Set<String>?,
                              free: inout Set<String>, global: inout Set<String>)
        throws(SyntaxError)
    {
        var bound = boundIn
        var local = Set<String>()
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()

        // A class namespace is invisible to nested functions: they see what the class saw.
        if ste.type == .classBlock {
            newGlobal.formUnion(global)
            if let b = bound { newBound.formUnion(b) }
        }
        for name in ste.symbolOrder {
            try analyzeName(ste, name, ste.flags(name), &bound, &local, &free, &global)
        }
        if ste.type != .classBlock {
            if ste.type == .function { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var allFree = Set<String>()
        for child in ste.children {
            var childFree = newFree
            var childGlobal = newGlobal
            try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
            allFree.formUnion(childFree)
        }
        newFree.formUnion(allFree)

        if ste.type == .function {
            // Locals captured by children become cells (`analyze_cells`).
            for (name, scope) in ste.scopes where scope == .local && newFree.contains(name) {
                ste.scopes[name] = .cell
                newFree.remove(name)
            }
        } else if ste.type == .classBlock {
            // `drop_class_free`: a method's `__class__` is served by the class's implicit cell.
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
        }
        updateSymbols(ste, bound: bound, free: newFree, isClass: ste.type == .classBlock)
        free.formUnion(newFree)
    }

    /// `analyze_name`.
    private func analyzeName(_ ste: SymbolTableEntry, _ name: String, _ flags: SymbolFlags,
                             _ bound: inout Set<String>?, _ local: inout Set<String>,
                             _ free: inout Set<String>, _ global: inout Set<String>)
        throws(SyntaxError)
    {
        if flags.contains(.defGlobal) {
            if flags.contains(.defNonlocal) {
                throw errorAtDirective(ste, name, "name '\(name)' is nonlocal and global")
            }
            ste.scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.defNonlocal) {
            guard let b = bound else {
                throw errorAtDirective(ste, name,
                                       "nonlocal declaration not allowed at module level")
            }
            if !b.contains(name) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '\(name)' found")
            }
            ste.scopes[name] = .free
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .defBound) {
            ste.scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let b = bound, b.contains(name) {
            ste.scopes[name] = .free
            free.insert(name)
            return
        }
        ste.scopes[name] = .globalImplicit
    }

    /// `update_symbols`: free names of children that pass through this scope become free
    /// here too; a class that binds such a name also keeps it as a class free variable.
    private func updateSymbols(_ ste: SymbolTableEntry, bound: Set<String>?, free: Set<String>,
                               isClass: Bool) {
        for name in free.sorted() {
            if ste.symbols[name] != nil {
                let flags = ste.flags(name)
                if isClass && !flags.isDisjoint(with: SymbolFlags.defBound.union(.defGlobal)) {
                    ste.setFlags(name, flags.union(.defFreeClass))
                }
                continue
            }
            if let b = bound, !b.contains(name) { continue }
            ste.setFlags(name, [])
            ste.scopes[name] = .free
        }
    }
}
