import PySyntax

// Expressions (`compiler_visit_expr` and helpers of Python/compile.c). Calls are in
// Compiler+Call.swift; lambdas and comprehensions in Compiler+Function.swift and
// Compiler+Comprehension.swift.

/// CPython's `STACK_USE_GUIDELINE`: displays and calls larger than this are built
/// incrementally rather than from that many stack items.
let stackUseGuideline = 30

extension Compiler {
    /// `compiler_visit_expr`: every expression's instructions carry its location; the
    /// enclosing location is restored afterwards.
    func visitExpr(_ e: Expr) throws(SyntaxError) {
        let saved = b.loc
        setLoc(e.range)
        try visitExpr1(e)
        b.loc = saved
    }

    private func visitExpr1(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .namedExpr(let target, let value):
            try visitExpr(value)
            b.addOp(.copy, 1)
            try visitExpr(target)
        case .boolOp(let op, let values):
            try compileBoolOp(op, values)
        case .binOp(let l, let op, let r):
            try visitExpr(l)
            try visitExpr(r)
            b.addOp(.binaryOp, binaryOpArg(op, inplace: false))
        case .unaryOp(let op, let operand):
            try visitExpr(operand)
            switch op {
            case .invert: b.addOp(.unaryInvert)
            case .not: b.addOp(.unaryNot)
            case .uAdd: b.addOp(.unaryPositive)
            case .uSub: b.addOp(.unaryNegative)
            }
        case .lambda(let args, let body):
            try compileLambda(e, args, body)
        case .ifExp(let test, let body, let orelse):
            let end = b.newBlock()
            let next = b.newBlock()
            try jumpIf(test, next, false)
            try visitExpr(body)
            b.addJumpNoLine(.jump, to: end)
            b.useNextBlock(next)
            try visitExpr(orelse)
            b.useNextBlock(end)
        case .dict(let keys, let values):
            try compileDict(keys, values)
        case .set(let elts):
            try starUnpack(elts, pushed: 0, build: .buildSet, add: .setAdd, extend: .setUpdate,
                           tuple: false)
        case .generatorExp(let elt, let gens):
            try compileComprehension(e, .generator, "<genexpr>", gens, elt, nil)
        case .listComp(let elt, let gens):
            try compileComprehension(e, .list, "<listcomp>", gens, elt, nil)
        case .setComp(let elt, let gens):
            try compileComprehension(e, .set, "<setcomp>", gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try compileComprehension(e, .dict, "<dictcomp>", gens, key, value)
        case .yield(let value):
            if u.ste.type != .function { throw error("'yield' outside function") }
            if let value { try visitExpr(value) } else { b.loadConst(.none) }
            b.addOp(.yieldValue)
            b.addOp(.resume, 1)
        case .yieldFrom(let value):
            if u.ste.type != .function { throw error("'yield' outside function") }
            try visitExpr(value)
            b.addOp(.getYieldFromIter)
            b.loadConst(.none)
            addYieldFrom()
        case .compare(let left, let ops, let comps):
            try compileCompare(left, ops, comps)
        case .call(let f, let args, let keywords):
            try compileCall(e, f, args, keywords)
        case .constant(let c):
            b.loadConst(CodeConstant(c))
        case .joinedStr(let values):
            if values.count > stackUseGuideline {
                b.loadConst(.str(""))
                b.addOp(.loadMethod, b.addName("join"))
                b.addOp(.buildList, 0)
                for v in values {
                    try visitExpr(v)
                    b.addOp(.listAppend, 1)
                }
                b.addOp(.precall, 1)
                b.addOp(.call, 1)
            } else {
                for v in values { try visitExpr(v) }
                if values.count != 1 { b.addOp(.buildString, values.count) }
            }
        case .formattedValue(let value, let conversion, let spec):
            try visitExpr(value)
            var oparg: Int
            switch conversion {
            case .none: oparg = 0
            case .str: oparg = 1
            case .repr: oparg = 2
            case .ascii: oparg = 3
            }
            if let spec {
                try visitExpr(spec)
                oparg |= 0x04
            }
            b.addOp(.formatValue, oparg)
        case .attribute(let value, let attr, let ctx):
            try visitExpr(value)
            updateStartLocationToMatchAttr(e)
            switch ctx {
            case .load:
                addOpName(.loadAttr, attr)
            case .store:
                try checkForbiddenName(attr, ctx)
                addOpName(.storeAttr, attr)
            case .del:
                addOpName(.deleteAttr, attr)
            }
        case .subscript(let value, let slice, let ctx):
            if ctx == .load { checkSubscript(value, slice) }
            try visitExpr(value)
            try visitExpr(slice)
            switch ctx {
            case .load: b.addOp(.binarySubscr)
            case .store: b.addOp(.storeSubscr)
            case .del: b.addOp(.deleteSubscr)
            }
        case .starred(_, let ctx):
            if ctx == .store {
                throw error("starred assignment target must be in a list or tuple")
            }
            throw error("can't use starred expression here")
        case .slice(let lower, let upper, let step):
            if let lower { try visitExpr(lower) } else { b.loadConst(.none) }
            if let upper { try visitExpr(upper) } else { b.loadConst(.none) }
            var n = 2
            if let step {
                n += 1
                try visitExpr(step)
            }
            b.addOp(.buildSlice, n)
        case .name(let id, let ctx):
            try nameOp(id, ctx)
        case .list(let elts, let ctx):
            switch ctx {
            case .store: try assignmentHelper(elts)
            case .load:
                try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend,
                               extend: .listExtend, tuple: false)
            case .del: for el in elts { try visitExpr(el) }
            }
        case .tuple(let elts, let ctx):
            switch ctx {
            case .store: try assignmentHelper(elts)
            case .load:
                try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend,
                               extend: .listExtend, tuple: true)
            case .del: for el in elts { try visitExpr(el) }
            }
        }
    }

    /// `compiler_add_yield_from`: the SEND / YIELD_VALUE loop of `yield from`.
    func addYieldFrom() {
        let start = b.newBlock()
        let resume = b.newBlock()
        let exit = b.newBlock()
        b.useNextBlock(start)
        b.addJump(.real(.send), to: exit)
        b.useNextBlock(resume)
        b.addOp(.yieldValue)
        b.addOp(.resume, 2)
        b.addJump(.jumpNoInterrupt, to: start)
        b.useNextBlock(exit)
    }

    /// `update_start_location_to_match_attr`: an attribute access spanning lines is
    /// located at the attribute name.
    func updateStartLocationToMatchAttr(_ attr: Expr) {
        guard case .attribute(_, let name, _) = attr.kind else { return }
        let r = attr.range
        if b.loc.lineno != r.endLineno {
            b.loc.lineno = r.endLineno
            let len = name.unicodeScalars.count
            if len <= r.endColOffset {
                b.loc.col = r.endColOffset - len
            } else {
                b.loc.col = -1
                b.loc.endCol = -1
            }
            b.loc.endLineno = max(b.loc.lineno, b.loc.endLineno)
            if b.loc.lineno == b.loc.endLineno { b.loc.endCol = max(b.loc.col, b.loc.endCol) }
        }
    }

    /// BINARY_OP's oparg (`NB_*`, in-place forms 13 higher).
    func binaryOpArg(_ op: BinaryOperator, inplace: Bool) -> Int {
        let base: Int
        switch op {
        case .add: base = 0
        case .bitAnd: base = 1
        case .floorDiv: base = 2
        case .lShift: base = 3
        case .matMult: base = 4
        case .mult: base = 5
        case .mod: base = 6
        case .bitOr: base = 7
        case .pow: base = 8
        case .rShift: base = 9
        case .sub: base = 10
        case .div: base = 11
        case .bitXor: base = 12
        }
        return inplace ? base + 13 : base
    }

    /// `compiler_addcompare`.
    func addCompare(_ op: CompareOperator) {
        switch op {
        case .lt: b.addOp(.compareOp, 0)
        case .ltE: b.addOp(.compareOp, 1)
        case .eq: b.addOp(.compareOp, 2)
        case .notEq: b.addOp(.compareOp, 3)
        case .gt: b.addOp(.compareOp, 4)
        case .gtE: b.addOp(.compareOp, 5)
        case .is: b.addOp(.isOp, 0)
        case .isNot: b.addOp(.isOp, 1)
        case .in: b.addOp(.containsOp, 0)
        case .notIn: b.addOp(.containsOp, 1)
        }
    }

    /// `compiler_boolop`: JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP keep the deciding value.
    private func compileBoolOp(_ op: BoolOperator, _ values: [Expr]) throws(SyntaxError) {
        let jump: Opcode = op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop
        let end = b.newBlock()
        for v in values.dropLast() {
            try visitExpr(v)
            b.addJump(.real(jump), to: end)
            b.useNextBlock(b.newBlock())
        }
        try visitExpr(values[values.count - 1])
        b.useNextBlock(end)
    }

    /// `compiler_compare`: a chain keeps each middle operand with SWAP/COPY.
    private func compileCompare(_ left: Expr, _ ops: [CompareOperator], _ comps: [Expr])
        throws(SyntaxError)
    {
        checkCompare(left, ops, comps)
        try visitExpr(left)
        let n = ops.count - 1
        if n == 0 {
            try visitExpr(comps[0])
            addCompare(ops[0])
            return
        }
        let cleanup = b.newBlock()
        for i in 0..<n {
            try visitExpr(comps[i])
            b.addOp(.swap, 2)
            b.addOp(.copy, 2)
            addCompare(ops[i])
            b.addJump(.real(.jumpIfFalseOrPop), to: cleanup)
        }
        try visitExpr(comps[n])
        addCompare(ops[n])
        let end = b.newBlock()
        b.addJumpNoLine(.jump, to: end)
        b.useNextBlock(cleanup)
        b.addOp(.swap, 2)
        b.addOp(.popTop)
        b.useNextBlock(end)
    }

    // MARK: Displays

    /// `starunpack_helper`: builds a list, tuple or set from elements, some possibly starred.
    /// More than two constants become one constant (a frozenset for sets); more than
    /// `stackUseGuideline` items are added one at a time.
    func starUnpack(_ elts: [Expr], pushed: Int, build: Opcode, add: Opcode, extend: Opcode,
                    tuple: Bool) throws(SyntaxError) {
        let n = elts.count
        if n > 2, let values = allConstants(elts) {
            var folded = CodeConstant.tuple(values.map(CodeConstant.init))
            if tuple && pushed == 0 {
                b.loadConst(folded)
            } else {
                if add == .setAdd {
                    folded = .frozenset(FrozensetOrder.order(values.map(CodeConstant.init)))
                }
                b.addOp(build, pushed)
                b.loadConst(folded)
                b.addOp(extend, 1)
                if tuple { b.addOp(.listToTuple) }
            }
            return
        }
        let big = n + pushed > stackUseGuideline
        let seenStar = elts.contains { if case .starred = $0.kind { return true }; return false }
        if !seenStar && !big {
            for el in elts { try visitExpr(el) }
            b.addOp(tuple ? .buildTuple : build, n + pushed)
            return
        }
        var built = false
        if big {
            b.addOp(build, pushed)
            built = true
        }
        for (i, el) in elts.enumerated() {
            if case .starred(let value, _) = el.kind {
                if !built {
                    b.addOp(build, i + pushed)
                    built = true
                }
                try visitExpr(value)
                b.addOp(extend, 1)
            } else {
                try visitExpr(el)
                if built { b.addOp(add, 1) }
            }
        }
        if tuple { b.addOp(.listToTuple) }
    }

    /// The constants of `elts` when every element is one (`are_all_items_const`).
    func allConstants(_ elts: [Expr]) -> [ConstantValue]? {
        var values: [ConstantValue] = []
        for el in elts {
            guard case .constant(let v) = el.kind else { return nil }
            values.append(v)
        }
        return values
    }

    /// `unpack_helper` and `assignment_helper`: UNPACK_SEQUENCE, or UNPACK_EX around one
    /// starred target, then the stores.
    private func assignmentHelper(_ elts: [Expr]) throws(SyntaxError) {
        let n = elts.count
        var seenStar = false
        for (i, el) in elts.enumerated() {
            guard case .starred = el.kind else { continue }
            if seenStar { throw error("multiple starred expressions in assignment") }
            if i >= 1 << 8 || n - i - 1 >= Int(Int32.max) >> 8 {
                throw error("too many expressions in star-unpacking assignment")
            }
            b.addOp(.unpackEx, i + ((n - i - 1) << 8))
            seenStar = true
        }
        if !seenStar { b.addOp(.unpackSequence, n) }
        for el in elts {
            if case .starred(let value, _) = el.kind {
                try visitExpr(value)
            } else {
                try visitExpr(el)
            }
        }
    }

    /// `compiler_subdict`: keys and values of `begin..<end` as one dict.
    private func subdict(_ keys: [Expr?], _ values: [Expr], _ begin: Int, _ end: Int)
        throws(SyntaxError)
    {
        let n = end - begin
        let big = n * 2 > stackUseGuideline
        if n > 1 && !big, let constKeys = allConstants(keys[begin..<end].compactMap { $0 }),
           constKeys.count == n {
            for i in begin..<end { try visitExpr(values[i]) }
            b.loadConst(.tuple(constKeys.map(CodeConstant.init)))
            b.addOp(.buildConstKeyMap, n)
            return
        }
        if big { b.addOp(.buildMap, 0) }
        for i in begin..<end {
            try visitExpr(keys[i]!)
            try visitExpr(values[i])
            if big { b.addOp(.mapAdd, 1) }
        }
        if !big { b.addOp(.buildMap, n) }
    }

    /// `compiler_dict`: runs of `key: value` pairs, merged with `**mapping` entries by
    /// DICT_UPDATE.
    private func compileDict(_ keys: [Expr?], _ values: [Expr]) throws(SyntaxError) {
        let n = values.count
        var haveDict = false
        var elements = 0
        for i in 0..<n {
            if keys[i] == nil {
                if elements > 0 {
                    try subdict(keys, values, i - elements, i)
                    if haveDict { b.addOp(.dictUpdate, 1) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict {
                    b.addOp(.buildMap, 0)
                    haveDict = true
                }
                try visitExpr(values[i])
                b.addOp(.dictUpdate, 1)
            } else {
                if elements * 2 > stackUseGuideline {
                    try subdict(keys, values, i - elements, i + 1)
                    if haveDict { b.addOp(.dictUpdate, 1) }
                    haveDict = true
                    elements = 0
                } else {
                    elements += 1
                }
            }
        }
        if elements > 0 {
            try subdict(keys, values, n - elements, n)
            if haveDict { b.addOp(.dictUpdate, 1) }
            haveDict = true
        }
        if !haveDict { b.addOp(.buildMap, 0) }
    }
}
