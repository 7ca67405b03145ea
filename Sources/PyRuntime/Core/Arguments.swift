/// The arguments of a call, as CPython's vectorcall passes them: positional values, then the
/// values of keyword arguments, whose names are in `kwnames`.
///
/// The buffer usually points into the caller's value stack, so a call allocates nothing. It is
/// valid only during the call: copy what must outlive it.
public struct Arguments {
    public let values: UnsafeBufferPointer<PyValue>
    public let kwnames: [PyStr]

    public init(_ values: UnsafeBufferPointer<PyValue>, kwnames: [PyStr] = []) {
        self.values = values
        self.kwnames = kwnames
    }

    /// The number of positional arguments.
    @inline(__always) public var count: Int { values.count - kwnames.count }
    @inline(__always) public var hasKeywords: Bool { !kwnames.isEmpty }
    @inline(__always) public subscript(i: Int) -> PyValue { values[i] }

    /// The positional arguments as an array.
    public var positional: [PyValue] { Array(values[0..<count]) }

    /// Keyword arguments in call order.
    public var keywords: [(name: PyStr, value: PyValue)] {
        kwnames.enumerated().map { ($0.element, values[count + $0.offset]) }
    }

    /// The value passed as keyword `name`, if any.
    public func keyword(_ name: String) -> PyValue? {
        for (i, k) in kwnames.enumerated() where k.value == name { return values[count + i] }
        return nil
    }

    /// Calls `body` with arguments made from an array (for Swift callers).
    public static func with<R>(_ values: [PyValue], kwnames: [PyStr] = [],
                               _ body: (Arguments) throws(PyException) -> R) throws(PyException) -> R {
        try values.withUnsafeBufferPointer { (buf) throws(PyException) -> R in
            try body(Arguments(buf, kwnames: kwnames))
        }
    }

    // MARK: Checks with CPython's messages

    /// `f() takes no keyword arguments`.
    public func rejectKeywords(_ function: String) throws(PyException) {
        if hasKeywords { throw .typeError("\(function)() takes no keyword arguments") }
    }

    /// METH_O functions: `len() takes exactly one argument (2 given)`.
    public func single(_ function: String) throws(PyException) -> PyValue {
        try rejectKeywords(function)
        guard count == 1 else {
            throw .typeError("\(function)() takes exactly one argument (\(count) given)")
        }
        return values[0]
    }

    /// METH_NOARGS: `f() takes no arguments (1 given)`.
    public func none(_ function: String) throws(PyException) {
        try rejectKeywords(function)
        if count != 0 { throw .typeError("\(function)() takes no arguments (\(count) given)") }
    }

    /// Argument Clinic's positional-only range check: `divmod expected 2 arguments, got 1`,
    /// `pop expected at most 1 argument, got 2`, `getattr expected at least 2 arguments, got 1`.
    public func positional(_ function: String, min: Int, max: Int) throws(PyException) -> [PyValue] {
        try checkPositional(function, min: min, max: max)
        return positional
    }

    /// `positional(_:min:max:)`'s checks without copying the arguments out: index `self` after.
    @inline(__always)
    public func checkPositional(_ function: String, min: Int, max: Int) throws(PyException) {
        let n = count
        if hasKeywords || n < min || n > max { try positionalError(function, min: min, max: max) }
    }

    private func positionalError(_ function: String, min: Int, max: Int) throws(PyException) {
        try rejectKeywords(function)
        let n = count
        if n < min || n > max {
            let plural: (Int) -> String = { $0 == 1 ? "argument" : "arguments" }
            if min == max {
                throw .typeError("\(function) expected \(min) \(plural(min)), got \(n)")
            } else if n < min {
                throw .typeError("\(function) expected at least \(min) \(plural(min)), got \(n)")
            } else {
                throw .typeError("\(function) expected at most \(max) \(plural(max)), got \(n)")
            }
        }
    }

    /// Binds to named parameters the way a Python signature `f(a, b=..., *, c=...)` would, with
    /// CPython's messages for missing, duplicate and unexpected arguments. The first
    /// `positionalOnly` names cannot be passed by keyword; names after `positionalLimit` are
    /// keyword-only. Result: one slot per name, nil where not passed.
    public func bind(_ function: String, _ names: [String], required: Int,
                     positionalOnly: Int = 0, positionalLimit: Int? = nil) throws(PyException) -> [PyValue?] {
        let limit = positionalLimit ?? names.count
        var out = [PyValue?](repeating: nil, count: names.count)
        if count > limit {
            let takes = required == limit ? "\(limit)" : "from \(required) to \(limit)"
            let word = limit == 1 && required == limit ? "argument" : "arguments"
            throw .typeError("\(function)() takes \(takes) positional \(word) but \(count) were given")
        }
        for i in 0..<count { out[i] = values[i] }
        for (name, value) in keywords {
            guard let i = names.firstIndex(of: name.value), i >= positionalOnly else {
                throw .typeError("'\(name.value)' is an invalid keyword argument for \(function)()")
            }
            if out[i] != nil {
                throw .typeError("argument for \(function)() given by name ('\(name.value)') and position (\(i + 1))")
            }
            out[i] = value
        }
        for i in 0..<required where out[i] == nil {
            throw .typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }
}
