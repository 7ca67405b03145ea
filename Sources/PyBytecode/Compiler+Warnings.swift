import PySyntax

// The compiler's SyntaxWarnings (Python/compile.c: check_compare, check_caller,
// check_subscripter, check_index and the assert check), with CPython 3.11's wording.

extension Compiler {
    /// `check_is_arg`: false for a constant other than None, True, False and Ellipsis.
    private func isNamedSingletonOrNotConstant(_ e: Expr) -> Bool {
        guard case .constant(let v) = e.kind else { return true }
        switch v {
        case .none, .bool, .ellipsis: return true
        default: return false
        }
    }

    /// `check_compare`: `is` / `is not` against a literal (at most one warning per chain).
    func checkCompare(_ left: Expr, _ ops: [CompareOperator], _ comps: [Expr]) {
        var l = isNamedSingletonOrNotConstant(left)
        for (op, c) in zip(ops, comps) {
            let r = isNamedSingletonOrNotConstant(c)
            if (op == .is || op == .isNot) && (!r || !l) {
                warn(op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?")
                return  // one warning per comparison, as CPython returns after warning
            }
            l = r
        }
    }

    /// The type name `infer_type` gives an expression, if it can tell.
    private func inferredTypeName(_ e: Expr) -> String? {
        switch e.kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        case .constant(let v):
            switch v {
            case .none: return "NoneType"
            case .bool: return "bool"
            case .ellipsis: return "ellipsis"
            case .int: return "int"
            case .float: return "float"
            case .complex: return "complex"
            case .str: return "str"
            case .bytes: return "bytes"
            case .tuple: return "tuple"
            case .frozenset: return "frozenset"
            }
        default: return nil
        }
    }

    /// `check_caller`: calling a literal or display ("perhaps you missed a comma?").
    func checkCaller(_ f: Expr) {
        switch f.kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp,
             .generatorExp, .joinedStr, .formattedValue:
            warn("'\(inferredTypeName(f)!)' object is not callable; perhaps you missed a comma?")
        default:
            break
        }
    }

    /// `check_subscripter` and `check_index`, for a subscript being loaded.
    func checkSubscript(_ value: Expr, _ slice: Expr) {
        var subscriptable = true
        switch value.kind {
        case .constant(let v):
            switch v {
            case .none, .ellipsis, .int, .float, .complex, .frozenset, .bool: subscriptable = false
            default: break
            }
        case .set, .setComp, .generatorExp, .lambda:
            subscriptable = false
        default:
            break
        }
        if !subscriptable {
            warn("'\(inferredTypeName(value)!)' object is not subscriptable; "
                 + "perhaps you missed a comma?")
            return
        }
        guard let indexType = inferredTypeName(slice), indexType != "int",
              indexType != "bool" else { return }
        var bad = false
        switch value.kind {
        case .constant(let v):
            switch v {
            case .str, .bytes, .tuple: bad = true
            default: break
            }
        case .tuple, .list, .listComp, .joinedStr, .formattedValue:
            bad = true
        default:
            break
        }
        if bad {
            warn("\(inferredTypeName(value)!) indices must be integers or slices, not "
                 + "\(indexType); perhaps you missed a comma?")
        }
    }

    /// The assert statement's tuple check.
    func checkAssertTest(_ test: Expr) {
        var always = false
        if case .tuple(let elts, _) = test.kind, !elts.isEmpty { always = true }
        if case .constant(.tuple(let items)) = test.kind, !items.isEmpty { always = true }
        if always { warn("assertion is always true, perhaps remove parentheses?") }
    }
}
