// Tokens as CPython 3.11's tokenizer hands them to the parser (Include/token.h), plus the
// keyword kinds that pegen resolves from NAME tokens, and COMMENT / NL for colouring clients.

/// The kind of a token. Operators get one case each, as in `Grammar/Tokens`; keywords are split
/// out of NAME here rather than in the parser so that rule code can switch on one byte.
public enum TokenKind: UInt8, Sendable {
    case endMarker, name, number, string, newline, indent, dedent
    case lpar, rpar, lsqb, rsqb, colon, comma, semi, plus, minus, star, slash, vbar, amper
    case less, greater, equal, dot, percent, lbrace, rbrace, eqEqual, notEqual, lessEqual
    case greaterEqual, tilde, circumflex, leftShift, rightShift, doubleStar, plusEqual
    case minEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash, doubleSlashEqual, at
    case atEqual, rarrow, ellipsis, colonEqual
    /// A character CPython's tokenizer passes on as a bare OP (`$`, `?`, `!`, a backtick).
    case op
    /// Where tokenizing stopped with an error; the parser raises it when it gets this far.
    case errorToken
    /// Only produced when a `Tokenizer` is asked for trivia (for colouring and completion).
    case comment, nl
    // Keywords (Lib/keyword.py's kwlist for 3.11).
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    /// True for the keyword kinds (the reserved words, not soft keywords).
    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}

/// One token. Positions follow CPython's `Token` struct in Parser/pegen.h: 1-based lines and
/// 0-based UTF-8 byte columns, with -1 columns for tokens that have no text (INDENT, DEDENT,
/// ENDMARKER), because error positions computed from those differ from ordinary ones.
public struct Token: Sendable {
    public var kind: TokenKind
    /// Byte range of the token's text in the (newline-normalised) source; empty for INDENT etc.
    public var start: Int32
    public var end: Int32
    public var lineno: Int32
    public var colOffset: Int32
    public var endLineno: Int32
    public var endColOffset: Int32
    /// Bracket nesting depth after this token (CPython's `tok->level`).
    public var level: Int16
    /// Where the tokenizer stood after producing this token. CPython reads its live tokenizer
    /// state when it builds a SyntaxError (`tok->lineno`, `tok->cur`, `tok->buf`, `tok->inp`),
    /// so we keep a snapshot per token to reproduce its offsets and `text` exactly.
    var stateLineno: Int32
    var stateCur: Int32
    var stateLineStart: Int32
    var stateBuf: Int32
    var stateInp: Int32
    /// The tokenizer had read to the end of the input (`tok->done == E_EOF`).
    var atEOF: Bool
}
