/// The names a NameError's innermost frame could see, kept so that printing the exception can
/// suggest a near miss as CPython 3.11 does: it reads them from the frame that the traceback
/// keeps alive (Python/suggestions.c, `offer_suggestions_for_name_error`). The eval loop
/// attaches one when it raises NameError (`Runtime.nameError(_:scope:)`); holding references
/// costs nothing until the exception is printed.
public final class NameErrorScope {
    /// The code object's local variable names (`co_varnames`), in order.
    public let varnames: [String]
    public let globals: PyDict?
    public let builtins: PyDict?

    public init(varnames: [String], globals: PyDict?, builtins: PyDict?) {
        self.varnames = varnames
        self.globals = globals
        self.builtins = builtins
    }
}

/// "Did you mean: 'x'?" for NameError and AttributeError (Python/suggestions.c in 3.11).
enum Suggestions {
    static let maxCandidateItems = 750
    static let maxStringSize = 40
    static let moveCost = 2
    static let caseCost = 1

    /// The suggestion for `e`, if its kind has one and a close enough name exists.
    static func offer(for e: PyBaseException) -> String? {
        if e.type.isSubtype(of: Types.attributeError) { return forAttributeError(e) }
        if e.type.isSubtype(of: Types.nameError) { return forNameError(e) }
        return nil
    }

    private static func stringAttribute(_ e: PyBaseException, _ key: String) -> String? {
        guard case .object(let s as PyStr)? = e.dict?.lookup(key) else { return nil }
        return s.value
    }

    static func forAttributeError(_ e: PyBaseException) -> String? {
        guard let name = stringAttribute(e, "name"), let obj = e.dict?.lookup("obj"),
              let names = dir(obj) else { return nil }
        return best(among: names, for: name)
    }

    static func forNameError(_ e: PyBaseException) -> String? {
        guard let name = stringAttribute(e, "name"), !e.traceback.isEmpty,
              let scope = e.nameErrorScope else { return nil }
        if let s = best(among: scope.varnames, for: name) { return s }
        if let g = scope.globals, let s = best(among: strKeys(g), for: name) { return s }
        if let b = scope.builtins, let s = best(among: strKeys(b), for: name) { return s }
        return nil
    }

    static func strKeys(_ d: PyDict) -> [String] {
        d.keys.compactMap { k in
            if case .object(let s as PyStr) = k { return s.value }
            return nil
        }
    }

    /// `dir(obj)` for the printer: a user `__dir__`, else the instance dict and the class
    /// attributes along the MRO (a module's or a class's own namespace for those), sorted.
    static func dir(_ v: PyValue) -> [String]? {
        let type = v.type
        if type.isHeapType, let m = type.lookup(Names.intern("__dir__")),
           !(m.object is PyMethodDescriptor) {
            guard let r = try? Protocol.callMethod(m, self: v, []),
                  let items = try? Protocol.toArray(r) else { return nil }
            return items.compactMap { item in
                if case .object(let s as PyStr) = item { return s.value }
                return nil
            }.sorted()
        }
        var names = Set<String>()
        if case .object(let o) = v {
            if let m = o as? PyModule {
                return strKeys(m.dict!).sorted()
            }
            if let t = o as? PyType {
                for k in t.mro { names.formUnion(strKeys(k.dict!)) }
                return names.sorted()
            }
            if let d = o.dict { names.formUnion(strKeys(d)) }
        }
        for k in type.mro { names.formUnion(strKeys(k.dict!)) }
        return names.sorted()
    }

    /// `calculate_suggestions`: the closest candidate within a third of the characters.
    static func best(among candidates: [String], for name: String) -> String? {
        if candidates.count >= maxCandidateItems { return nil }
        let nameBytes = Array(name.utf8)
        var bestDistance = Int.max
        var suggestion: String?
        for item in candidates {
            if item == name { continue }
            let itemBytes = Array(item.utf8)
            var maxDistance = (nameBytes.count + itemBytes.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = levenshtein(nameBytes, itemBytes, maxCost: maxDistance)
            if d > maxDistance { continue }
            if suggestion == nil || d < bestDistance {
                suggestion = item
                bestDistance = d
            }
        }
        return suggestion
    }

    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        let la = a >= 0x41 && a <= 0x5A ? a + 32 : a
        let lb = b >= 0x41 && b <= 0x5A ? b + 32 : b
        return la == lb ? caseCost : moveCost
    }

    /// Weighted edit distance over UTF-8 bytes that gives up (returning `maxCost + 1`) as soon
    /// as it must exceed `maxCost`.
    static func levenshtein(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
        if a0 == b0 { return 0 }
        var a = a0[...]
        var b = b0[...]
        while let x = a.first, let y = b.first, x == y {
            a = a.dropFirst()
            b = b.dropFirst()
        }
        while let x = a.last, let y = b.last, x == y {
            a = a.dropLast()
            b = b.dropLast()
        }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a)
        var row = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in b.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = row[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                row[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}
