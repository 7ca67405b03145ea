import PySyntax

/// Where an instruction came from, as `co_positions()` reports it: nil where CPython has None
/// (artificial instructions have no line; RETURN_GENERATOR has a line but no columns).
/// Columns are 0-based UTF-8 byte offsets, as in the AST.
public struct SourcePosition: Hashable, Sendable {
    public var lineno: Int?
    public var endLineno: Int?
    public var colOffset: Int?
    public var endColOffset: Int?

    public init(lineno: Int?, endLineno: Int?, colOffset: Int?, endColOffset: Int?) {
        self.lineno = lineno
        self.endLineno = endLineno
        self.colOffset = colOffset
        self.endColOffset = endColOffset
    }

    /// The full range when every part is known (for traceback carets).
    public var range: SourceRange? {
        guard let l = lineno, let el = endLineno, let c = colOffset, let ec = endColOffset else {
            return nil
        }
        return SourceRange(lineno: l, colOffset: c, endLineno: el, endColOffset: ec)
    }
}

/// One row of the zero-cost exception table (`co_exceptiontable`, as `dis` lists it).
///
/// Offsets are in **code units** (index into `CodeObject.code`); multiply by 2 for the byte
/// offsets `dis` prints. `end` is exclusive.
public struct ExceptionTableEntry: Hashable, Sendable {
    /// First covered code unit.
    public var start: Int
    /// One past the last covered code unit.
    public var end: Int
    /// Code unit of the handler.
    public var target: Int
    /// Stack depth to unwind to before pushing the exception (and `lasti` when set).
    public var depth: Int
    /// Whether the handler expects the offset of the raising instruction pushed below the
    /// exception (used to re-raise with the original `f_lasti`).
    public var lasti: Bool

    public init(start: Int, end: Int, target: Int, depth: Int, lasti: Bool) {
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti
    }
}

/// A compiled code object, laid out as CPython 3.11's `PyCodeObject` so that offsets, opargs and
/// tables match what python3 reports for the same source.
public final class CodeObject {
    /// Positional parameters, positional-only ones included (`co_argcount`).
    public let argcount: Int
    public let posonlyargcount: Int
    public let kwonlyargcount: Int
    /// Maximum value-stack depth (`co_stacksize`).
    public let stacksize: Int
    public let flags: CodeFlags
    public let firstlineno: Int
    /// Code units in CPython's `_Py_CODEUNIT` layout: opcode in the low byte, oparg in the high
    /// byte. CACHE units (opcode 0) and EXTENDED_ARG prefixes are included, so the byte offset
    /// of unit `i` is `2 * i`, as in CPython.
    public let code: [UInt16]
    public let consts: [CodeConstant]
    public let names: [String]
    /// `co_localsplusnames`: locals (parameters first), then cells that are not parameters,
    /// then free variables.
    public let localsplusNames: [String]
    public let localsplusKinds: [LocalKind]
    public let filename: String
    public let name: String
    public let qualname: String
    /// One entry per code unit (what `co_positions()` yields).
    public let positions: [SourcePosition]
    public let exceptionTable: [ExceptionTableEntry]

    /// `co_varnames`: localsplus names that are locals.
    public let varnames: [String]
    /// `co_cellvars`: localsplus names that are cells (parameters that are cells too).
    public let cellvars: [String]
    /// `co_freevars`.
    public let freevars: [String]

    public init(argcount: Int, posonlyargcount: Int, kwonlyargcount: Int, stacksize: Int,
                flags: CodeFlags, firstlineno: Int, code: [UInt16], consts: [CodeConstant],
                names: [String], localsplusNames: [String], localsplusKinds: [LocalKind],
                filename: String, name: String, qualname: String, positions: [SourcePosition],
                exceptionTable: [ExceptionTableEntry]) {
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.stacksize = stacksize
        self.flags = flags
        self.firstlineno = firstlineno
        self.code = code
        self.consts = consts
        self.names = names
        self.localsplusNames = localsplusNames
        self.localsplusKinds = localsplusKinds
        self.filename = filename
        self.name = name
        self.qualname = qualname
        self.positions = positions
        self.exceptionTable = exceptionTable
        var v: [String] = [], c: [String] = [], f: [String] = []
        for (n, k) in zip(localsplusNames, localsplusKinds) {
            if k.contains(.local) { v.append(n) }
            if k.contains(.cell) { c.append(n) }
            if k.contains(.free) { f.append(n) }
        }
        varnames = v
        cellvars = c
        freevars = f
    }

    /// `co_nlocals`.
    public var nlocals: Int { varnames.count }

    /// `co_code` as Python shows it: each code unit as (opcode, oparg) bytes.
    public var codeBytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2 * code.count)
        for unit in code {
            bytes.append(UInt8(unit & 0xFF))
            bytes.append(UInt8(unit >> 8))
        }
        return bytes
    }

    /// Cells that are not also parameters (`co_nplaincellvars`).
    public var nplaincellvars: Int {
        localsplusKinds.filter { $0 == .cell }.count
    }

    /// The line of each code unit, as `co_lines()` reports it (nil for artificial code).
    public var lines: [Int?] { positions.map(\.lineno) }

    /// `dis.findlinestarts`: (byte offset, line) wherever the line changes, ignoring code
    /// without a line.
    /// - Complexity: O(n) in the number of code units.
    public func lineStarts() -> [(offset: Int, line: Int)] {
        var result: [(offset: Int, line: Int)] = []
        var last: Int? = nil
        for (i, p) in positions.enumerated() {
            if let l = p.lineno, l != last {
                result.append((offset: 2 * i, line: l))
                last = l
            }
        }
        return result
    }

    /// `co_lines()`: (start, end, line) byte ranges as CPython's line table yields them, one per
    /// instruction (EXTENDED_ARG prefixes and caches included), split every 8 code units.
    /// - Complexity: O(n) in the number of code units.
    public func lineRanges() -> [(start: Int, end: Int, line: Int?)] {
        var result: [(start: Int, end: Int, line: Int?)] = []
        var i = 0
        while i < code.count {
            var end = i
            while end < code.count, Opcode(rawValue: UInt8(code[end] & 0xFF)) == .extendedArg {
                end += 1
            }
            let op = end < code.count ? Opcode(rawValue: UInt8(code[end] & 0xFF)) : nil
            end = min(code.count, end + 1 + (op?.inlineCacheEntries ?? 0))
            var start = i
            while start < end {
                let chunk = min(8, end - start)
                result.append((start: 2 * start, end: 2 * (start + chunk),
                               line: positions[i].lineno))
                start += chunk
            }
            i = end
        }
        return result
    }

    /// Each code unit's position as a `SourceRange`, nil where any part is unknown.
    public var sourceRanges: [SourceRange?] { positions.map(\.range) }

    /// The name `dis` shows for a LOAD_FAST/LOAD_DEREF-style oparg (`_varname_from_oparg`).
    public func localsplusName(_ oparg: Int) -> String? {
        oparg >= 0 && oparg < localsplusNames.count ? localsplusNames[oparg] : nil
    }
}
