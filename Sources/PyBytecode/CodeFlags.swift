/// `co_flags` bits with CPython 3.11's values (Include/cpython/code.h).
public struct CodeFlags: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Locals live in fast slots (set for every function scope).
    public static let optimized = CodeFlags(rawValue: 0x0001)
    /// A new locals dict is not needed/created per call (function scopes).
    public static let newLocals = CodeFlags(rawValue: 0x0002)
    /// Has a `*args` parameter.
    public static let varargs = CodeFlags(rawValue: 0x0004)
    /// Has a `**kwargs` parameter.
    public static let varkeywords = CodeFlags(rawValue: 0x0008)
    /// Defined inside another function.
    public static let nested = CodeFlags(rawValue: 0x0010)
    /// A generator function.
    public static let generator = CodeFlags(rawValue: 0x0020)
    /// No free or cell variables. CPython 3.11 keeps the bit's number but its compiler no
    /// longer sets it; neither do we.
    public static let noFree = CodeFlags(rawValue: 0x0040)
    /// An `async def` function (unsupported by Jitbook's syntax; kept for completeness).
    public static let coroutine = CodeFlags(rawValue: 0x0080)
    /// A generator decorated with `types.coroutine`.
    public static let iterableCoroutine = CodeFlags(rawValue: 0x0100)
    /// An async generator.
    public static let asyncGenerator = CodeFlags(rawValue: 0x0200)
    /// `from __future__ import barry_as_FLUFL` was in effect.
    public static let futureBarryAsBDFL = CodeFlags(rawValue: 0x0040_0000)
    /// `from __future__ import annotations` was in effect (annotations are strings).
    public static let futureAnnotations = CodeFlags(rawValue: 0x0100_0000)
}

/// What a localsplus slot holds (`co_localspluskinds` bits of CPython 3.11).
public struct LocalKind: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// A local variable (including parameters).
    public static let local = LocalKind(rawValue: 0x20)
    /// A cell: the variable is captured by an inner function. Parameters that are cells
    /// are `[.local, .cell]`.
    public static let cell = LocalKind(rawValue: 0x40)
    /// A free variable copied in from the closure.
    public static let free = LocalKind(rawValue: 0x80)
}
