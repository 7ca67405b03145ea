// Assignment and `del` targets (python.gram "ASSIGNMENT TARGETS"). t_primary is a primary that
// must be followed by '.', '(' or '[', so a target's last trailer is parsed by the target rule.

extension Parser {
    /// star_targets: star_target !',' | star_target (',' star_target)* [','] (a Tuple)
    ///
    /// Targets are parsed by their own rules, not converted from expressions, so context
    /// (Store) is set as they are built; `_PyPegen_set_expr_context` covers parenthesised
    /// forms.
    func starTargets() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try starTarget() else {
            mark = start
            return nil
        }
        if try peek() != .comma { return a }
        var elts = [a]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let b = try starTarget() else {
                mark = m
                break
            }
            elts.append(b)
        }
        _ = try expect(.comma)
        return Expr(.tuple(elts, .store), range(from: start))
    }

    /// star_targets_list_seq: ','.star_target+ [',']
    func starTargetsListSeq() throws(SyntaxError) -> [Expr]? {
        try enter()
        defer { leave() }
        guard let elts = try gather({ () throws(SyntaxError) in try self.starTarget() }) else {
            return nil
        }
        _ = try expect(.comma)
        return elts
    }

    /// star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    func starTargetsTupleSeq() throws(SyntaxError) -> [Expr]? {
        try enter()
        defer { leave() }
        let start = mark
        guard let a = try starTarget() else {
            mark = start
            return nil
        }
        var elts = [a]
        while true {
            let m = mark
            guard try expect(.comma) else { break }
            guard let b = try starTarget() else {
                mark = m
                break
            }
            elts.append(b)
        }
        if elts.count > 1 {
            _ = try expect(.comma)
            return elts
        }
        if try expect(.comma) { return elts }
        mark = start
        return nil
    }

    /// star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    ///
    /// `**a = 1` is not a starred target (the `!'*'`); a Starred target starts at its star.
    func starTarget() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoStarTarget[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r: Expr? = nil
        if try expect(.star) {
            if try peek() != .star, let a = try starTarget() {
                r = Expr(.starred(setContext(a, .store), .store), range(from: start))
            } else {
                mark = start
            }
        } else {
            r = try targetWithStarAtom()
            if r == nil { mark = start }
        }
        memoStarTarget.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
    ///     | t_primary '[' slices ']' !t_lookahead | star_atom
    func targetWithStarAtom() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoTargetWithStarAtom[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r = try subscriptAttributeTarget(.store)
        if r == nil {
            mark = start
            r = try starAtom()
            if r == nil { mark = start }
        }
        memoTargetWithStarAtom.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// The shared first two alternatives: an attribute or subscript that ends the target.
    func subscriptAttributeTarget(_ ctx: ExprContext) throws(SyntaxError) -> Expr? {
        let start = mark
        if let a = try tPrimary() {
            let m = mark
            if try expect(.dot), let n = try name(), try !tLookahead() {
                return Expr(.attribute(a, attr: nameId(n), ctx), range(from: start))
            }
            mark = m
            if try expect(.lsqb), let s = try slices(), try expect(.rsqb), try !tLookahead() {
                return Expr(.subscript(a, slice: s, ctx), range(from: start))
            }
        }
        mark = start
        return nil
    }

    /// star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    ///          | '[' [star_targets_list_seq] ']'
    func starAtom() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        let k = try peek()
        if k == .name {
            let n = try name()!
            return Expr(.name(nameId(n), .store), n.range)
        }
        if k == .lpar {
            mark += 1
            if let a = try targetWithStarAtom(), try expect(.rpar) {
                return setContext(a, .store)
            }
            mark = start + 1
            let elts = try starTargetsTupleSeq()
            if elts == nil { mark = start + 1 }
            if try expect(.rpar) {
                return Expr(.tuple(elts ?? [], .store), range(from: start))
            }
        } else if k == .lsqb {
            mark += 1
            let elts = try starTargetsListSeq()
            if elts == nil { mark = start + 1 }
            if try expect(.rsqb) {
                return Expr(.list(elts ?? [], .store), range(from: start))
            }
        }
        mark = start
        return nil
    }

    /// single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    func singleTarget() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let a = try subscriptAttributeTarget(.store) { return a }
        mark = start
        if let n = try name() { return Expr(.name(nameId(n), .store), n.range) }
        if try expect(.lpar), let a = try singleTarget(), try expect(.rpar) { return a }
        mark = start
        return nil
    }

    /// t_lookahead: '(' | '[' | '.' — what may follow a primary inside a target: the last
    /// trailer of a target must not be followed by one, so `a.b.c = 1` stores to `.c`.
    func tLookahead() throws(SyntaxError) -> Bool {
        let k = try peek()
        return k == .lpar || k == .lsqb || k == .dot
    }

    /// t_primary (left-recursive, memoised): a primary whose every trailer is followed by
    /// another trailer.
    func tPrimary() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoTPrimary[start], usable(m) {
            mark = m.end
            return m.value
        }
        var result: Expr? = nil
        if let a0 = try atom(), try tLookahead() {
            var a = a0
            while true {
                let m = mark
                let k = try peek()
                if k == .dot {
                    mark += 1
                    if let n = try name(), try tLookahead() {
                        a = Expr(.attribute(a, attr: nameId(n), .load), range(from: start))
                        continue
                    }
                } else if k == .lsqb {
                    mark += 1
                    if let s = try slices(), try expect(.rsqb), try tLookahead() {
                        a = Expr(.subscript(a, slice: s, .load), range(from: start))
                        continue
                    }
                    if callInvalidRules {
                        // `t_primary genexp`: invalid_comprehension also looks into brackets.
                        mark = m
                        _ = try genexp()
                    }
                } else if k == .lbrace && callInvalidRules {
                    _ = try genexp()
                } else if k == .lpar {
                    if let g = try genexp(), try tLookahead() {
                        a = Expr(.call(func: a, args: [g], keywords: []), range(from: start))
                        continue
                    }
                    mark = m + 1
                    let args = try arguments()
                    if args == nil { mark = m + 1 }
                    if try expect(.rpar), try tLookahead() {
                        a = Expr(.call(func: a, args: args?.args ?? [],
                                       keywords: args?.keywords ?? []), range(from: start))
                        continue
                    }
                }
                mark = m
                break
            }
            result = a
        } else {
            mark = start
        }
        memoTPrimary.set(start, MemoEntry(value: result, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return result
    }

    /// del_targets: ','.del_target+ [','] — like assignment targets but without starred
    /// ones, all with the Del context.
    func delTargets() throws(SyntaxError) -> [Expr]? {
        try enter()
        defer { leave() }
        guard let elts = try gather({ () throws(SyntaxError) in try self.delTarget() }) else {
            return nil
        }
        _ = try expect(.comma)
        return elts
    }

    /// del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    ///     | del_t_atom
    func delTarget() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        if let m = memoDelTarget[start], usable(m) {
            mark = m.end
            return m.value
        }
        var r = try subscriptAttributeTarget(.del)
        if r == nil {
            mark = start
            r = try delTAtom()
            if r == nil { mark = start }
        }
        memoDelTarget.set(start, MemoEntry(value: r, end: mark, offMode: !callInvalidRules), capacity: tokens.count)
        return r
    }

    /// del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    func delTAtom() throws(SyntaxError) -> Expr? {
        try enter()
        defer { leave() }
        let start = mark
        let k = try peek()
        if k == .name {
            let n = try name()!
            return Expr(.name(nameId(n), .del), n.range)
        }
        if k == .lpar {
            mark += 1
            if let a = try delTarget(), try expect(.rpar) {
                return setContext(a, .del)
            }
            mark = start + 1
            let elts = try delTargets()
            if elts == nil { mark = start + 1 }
            if try expect(.rpar) {
                return Expr(.tuple(elts ?? [], .del), range(from: start))
            }
        } else if k == .lsqb {
            mark += 1
            let elts = try delTargets()
            if elts == nil { mark = start + 1 }
            if try expect(.rsqb) {
                return Expr(.list(elts ?? [], .del), range(from: start))
            }
        }
        mark = start
        return nil
    }

    /// `_PyPegen_set_expr_context`: names, and the elements of tuples, lists and starred
    /// expressions, take the new context; attributes and subscripts change only themselves.
    func setContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
        var out = e
        switch e.kind {
        case .name(let id, _): out.kind = .name(id, ctx)
        case .tuple(let elts, _): out.kind = .tuple(elts.map { setContext($0, ctx) }, ctx)
        case .list(let elts, _): out.kind = .list(elts.map { setContext($0, ctx) }, ctx)
        case .subscript(let v, let s, _): out.kind = .subscript(v, slice: s, ctx)
        case .attribute(let v, let a, _): out.kind = .attribute(v, attr: a, ctx)
        case .starred(let v, _): out.kind = .starred(setContext(v, ctx), ctx)
        default: break
        }
        return out
    }
}
