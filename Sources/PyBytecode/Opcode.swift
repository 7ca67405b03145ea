// The one opcode table (style rule 1): CPython 3.11's instruction set with its numbers
// (Lib/opcode.py at 3.11), and one switch per property. The compiler's stack-depth pass, `dis`,
// the eval loop's checked-build assertion and the JIT's stack simulation all read these switches;
// none keeps a list of its own. There is deliberately no `default:` in any switch, so adding a
// case makes the Swift compiler point at every property that needs an answer.
//
// Adding an opcode: add the case with its CPython number, then answer every switch below
// (`name`, `inlineCacheEntries`, `operandKind`, `stackEffect`, `jumpKind`). `dis` needs no code.

/// A CPython 3.11 bytecode instruction. Raw values are CPython 3.11's opcode numbers, so a code
/// unit's low byte is one of these. Instructions at or above `HAVE_ARGUMENT` (90) take an oparg.
///
/// Stack notation in the comments: `TOS` is the top of stack, `TOS1` the item under it.
public enum Opcode: UInt8, CaseIterable, Sendable {
    /// Inline cache entry following an instruction that specialises; never executed.
    case cache = 0
    /// `TOS` is popped and discarded.
    case popTop = 1
    /// Pushes NULL (the "no self" marker for CALL).
    case pushNull = 2
    /// Does nothing; kept only to carry a line number.
    case nop = 9
    /// `TOS = +TOS`.
    case unaryPositive = 10
    /// `TOS = -TOS`.
    case unaryNegative = 11
    /// `TOS = not TOS`.
    case unaryNot = 12
    /// `TOS = ~TOS`.
    case unaryInvert = 15
    /// `TOS = TOS1[TOS]`.
    case binarySubscr = 25
    /// Pushes `len(TOS)` (pattern matching).
    case getLen = 30
    /// Pushes whether TOS is a mapping (pattern matching).
    case matchMapping = 31
    /// Pushes whether TOS is a sequence (pattern matching).
    case matchSequence = 32
    /// Pushes the values for the keys tuple TOS from mapping TOS1 (pattern matching).
    case matchKeys = 33
    /// Pops the raised exception, pushes the previous `exc_info` and then the exception.
    case pushExcInfo = 35
    /// `TOS = isinstance-match(TOS1, TOS)`; TOS1 (the exception) stays.
    case checkExcMatch = 36
    /// `except*` matching: replaces (exc, type) with (rest, match).
    case checkEgMatch = 37
    /// Calls `__exit__(type, exc, tb)` of the context manager four below TOS; pushes the result.
    case withExceptStart = 49
    /// `TOS = TOS.__aiter__()`.
    case getAiter = 50
    /// Pushes the awaitable of `TOS.__anext__()`.
    case getAnext = 51
    /// Replaces TOS with its bound `__aexit__` and pushes the result of `__aenter__()`.
    case beforeAsyncWith = 52
    /// Replaces TOS with its bound `__exit__` and pushes the result of `__enter__()`.
    case beforeWith = 53
    /// Ends an `async for` loop on StopAsyncIteration.
    case endAsyncFor = 54
    /// `TOS1[TOS] = TOS2`.
    case storeSubscr = 60
    /// `del TOS1[TOS]`.
    case deleteSubscr = 61
    /// `TOS = iter(TOS)`.
    case getIter = 68
    /// `TOS = iter(TOS)` unless it is already a generator or coroutine.
    case getYieldFromIter = 69
    /// Interactive mode: prints `repr(TOS)` through `sys.displayhook` and pops it.
    case printExpr = 70
    /// Pushes `builtins.__build_class__`.
    case loadBuildClass = 71
    /// Pushes `AssertionError`.
    case loadAssertionError = 74
    /// Creates the generator for the current frame and returns it to the caller.
    case returnGenerator = 75
    /// `TOS = tuple(TOS)` for a list.
    case listToTuple = 82
    /// Returns TOS to the caller.
    case returnValue = 83
    /// `from TOS import *` into the locals; pops the module.
    case importStar = 84
    /// Creates `__annotations__` in the locals if it is missing.
    case setupAnnotations = 85
    /// Yields TOS from a generator.
    case yieldValue = 86
    /// Wraps TOS for an async generator's yield.
    case asyncGenWrap = 87
    /// `except*`: combines raised and re-raised exceptions.
    case prepReraiseStar = 88
    /// Pops TOS and restores it as the current `exc_info`.
    case popExcept = 89
    /// `name = TOS` (module or class namespace); oparg indexes `co_names`.
    case storeName = 90
    /// `del name`; oparg indexes `co_names`.
    case deleteName = 91
    /// Unpacks TOS into `oparg` items, pushed right to left.
    case unpackSequence = 92
    /// `TOS` is an iterator: pushes its next value, or on exhaustion pops it and jumps forward.
    case forIter = 93
    /// Unpacks TOS with a starred target: low byte items before, high byte items after.
    case unpackEx = 94
    /// `TOS.name = TOS1`.
    case storeAttr = 95
    /// `del TOS.name`.
    case deleteAttr = 96
    /// `global name = TOS`.
    case storeGlobal = 97
    /// `del global name`.
    case deleteGlobal = 98
    /// Swaps TOS with the item `oparg` down (1-based).
    case swap = 99
    /// Pushes `co_consts[oparg]`.
    case loadConst = 100
    /// Pushes the value of `co_names[oparg]` from locals, globals or builtins.
    case loadName = 101
    /// Replaces the top `oparg` items with a tuple.
    case buildTuple = 102
    /// Replaces the top `oparg` items with a list.
    case buildList = 103
    /// Replaces the top `oparg` items with a set.
    case buildSet = 104
    /// Replaces the top `2*oparg` items (key, value pairs) with a dict.
    case buildMap = 105
    /// `TOS = getattr(TOS, co_names[oparg])`.
    case loadAttr = 106
    /// `TOS = TOS1 <op> TOS`; oparg indexes `cmp_op` (<, <=, ==, !=, >, >=).
    case compareOp = 107
    /// Imports `co_names[oparg]` with TOS1 (level) and TOS (fromlist); pushes the module.
    case importName = 108
    /// Pushes attribute `co_names[oparg]` of the module TOS (which stays).
    case importFrom = 109
    /// Jumps forward by `oparg` code units.
    case jumpForward = 110
    /// If TOS is false jumps forward (keeping TOS), else pops it.
    case jumpIfFalseOrPop = 111
    /// If TOS is true jumps forward (keeping TOS), else pops it.
    case jumpIfTrueOrPop = 112
    /// Pops TOS; jumps forward if it is false.
    case popJumpForwardIfFalse = 114
    /// Pops TOS; jumps forward if it is true.
    case popJumpForwardIfTrue = 115
    /// Pushes global `co_names[oparg >> 1]`, preceded by NULL when `oparg & 1`.
    case loadGlobal = 116
    /// `TOS = TOS1 is TOS` (`is not` when oparg is 1).
    case isOp = 117
    /// `TOS = TOS1 in TOS` (`not in` when oparg is 1).
    case containsOp = 118
    /// Re-raises TOS; with a nonzero oparg, first restores `f_lasti` from the item `oparg` down.
    case reraise = 119
    /// Pushes a copy of the item `oparg` down (1-based).
    case copy = 120
    /// `TOS = TOS1 <op> TOS`; oparg is an `NB_*` operator (in-place ones from 13).
    case binaryOp = 122
    /// Sends TOS into the sub-iterator TOS1; on return pops TOS and jumps forward.
    case send = 123
    /// Pushes local `oparg`.
    case loadFast = 124
    /// Stores TOS into local `oparg`.
    case storeFast = 125
    /// Deletes local `oparg`.
    case deleteFast = 126
    /// Pops TOS; jumps forward if it is not None.
    case popJumpForwardIfNotNone = 128
    /// Pops TOS; jumps forward if it is None.
    case popJumpForwardIfNone = 129
    /// `raise` with `oparg` operands (0: re-raise, 1: exc, 2: exc from cause).
    case raiseVarargs = 130
    /// `TOS = awaitable(TOS)`.
    case getAwaitable = 131
    /// Makes a function from the code object TOS; oparg flags say which extras lie below it.
    case makeFunction = 132
    /// Replaces 2 or 3 items with a slice.
    case buildSlice = 133
    /// Jumps backward by `oparg` code units without checking for interrupts.
    case jumpBackwardNoInterrupt = 134
    /// Turns local `oparg` (a localsplus index) into a cell.
    case makeCell = 135
    /// Pushes the cell in slot `oparg` (for building a closure tuple).
    case loadClosure = 136
    /// Pushes the contents of the cell in slot `oparg`.
    case loadDeref = 137
    /// Stores TOS into the cell in slot `oparg`.
    case storeDeref = 138
    /// Empties the cell in slot `oparg`.
    case deleteDeref = 139
    /// Jumps backward by `oparg` code units.
    case jumpBackward = 140
    /// Calls TOS2 (after NULL) with positional tuple TOS1 and, when `oparg & 1`, kwargs dict TOS.
    case callFunctionEx = 142
    /// Supplies the high bits of the next instruction's oparg.
    case extendedArg = 144
    /// `list.append(TOS[-oparg], TOS)` (comprehensions).
    case listAppend = 145
    /// `set.add(TOS[-oparg], TOS)` (comprehensions).
    case setAdd = 146
    /// `dict.__setitem__(TOS[-oparg-1], TOS1, TOS)` (comprehensions).
    case mapAdd = 147
    /// Class bodies: loads a free variable from the class namespace first, then the cell.
    case loadClassderef = 148
    /// Copies `oparg` free variables from the closure into the frame.
    case copyFreeVars = 149
    /// Start of a function or resumption after yield; oparg says which (0 start, 1 yield, 2/3).
    case resume = 151
    /// Pattern matching against a class.
    case matchClass = 152
    /// Formats TOS (with spec TOS when `oparg & 4`); low bits choose str/repr/ascii conversion.
    case formatValue = 155
    /// Replaces `oparg` values and a keys tuple TOS with a dict.
    case buildConstKeyMap = 156
    /// Concatenates the top `oparg` strings.
    case buildString = 157
    /// Replaces TOS with (method, self) or (NULL, attribute) for a following CALL.
    case loadMethod = 160
    /// `TOS1.extend(TOS)` on the list `oparg` down.
    case listExtend = 162
    /// `set.update(TOS)` on the set `oparg` down.
    case setUpdate = 163
    /// `dict.update(TOS)` for `**` call arguments, raising on duplicate keys.
    case dictMerge = 164
    /// `dict.update(TOS)` for a dict display.
    case dictUpdate = 165
    /// Prepares a call with `oparg` arguments (specialisation hook; no effect otherwise).
    case precall = 166
    /// Calls the callable below `oparg` arguments (and NULL/self).
    case call = 171
    /// Names the keyword arguments of the next CALL: `co_consts[oparg]` is a tuple of names.
    case kwNames = 172
    /// Pops TOS; jumps backward if it is not None.
    case popJumpBackwardIfNotNone = 173
    /// Pops TOS; jumps backward if it is None.
    case popJumpBackwardIfNone = 174
    /// Pops TOS; jumps backward if it is false.
    case popJumpBackwardIfFalse = 175
    /// Pops TOS; jumps backward if it is true.
    case popJumpBackwardIfTrue = 176
}

/// Opcodes at or above this value take an argument (CPython's `HAVE_ARGUMENT`).
public let haveArgument: UInt8 = 90

/// How an instruction's oparg is read: what `dis` prints in parentheses and what the JIT looks up.
public enum OperandKind: Sendable, Equatable {
    /// No oparg (opcode below `HAVE_ARGUMENT`).
    case none
    /// A plain number (counts, flags, depths); `dis` prints no details.
    case number
    /// Index into `co_consts`.
    case const
    /// Index into `co_consts` of a names tuple; CPython 3.11's `dis` prints no details for it.
    case kwNames
    /// Index into `co_names`.
    case name
    /// `co_names[oparg >> 1]`; the low bit asks for a NULL first.
    case globalName
    /// Index into the local variables (`co_varnames` part of localsplus).
    case local
    /// Index into localsplus naming a cell or free variable.
    case free
    /// Relative jump forward by oparg code units from the next instruction.
    case jumpForward
    /// Relative jump backward by oparg code units from the next instruction.
    case jumpBackward
    /// Index into `cmp_op`.
    case compare
    /// An `NB_*` binary operator number.
    case binaryOp
    /// FORMAT_VALUE's conversion and format-spec bits.
    case formatValue
    /// MAKE_FUNCTION's flags.
    case makeFunctionFlags
}

/// What kind of control transfer an instruction makes.
public enum JumpKind: Sendable, Equatable {
    /// Falls through to the next instruction.
    case none
    /// Always jumps (no fall-through).
    case unconditional
    /// Jumps or falls through.
    case conditional
    /// Leaves the frame (return or raise); no fall-through.
    case exit
}

extension Opcode {
    /// CPython's name for the opcode, as `dis` prints it.
    public var name: String {
        switch self {
        case .cache: return "CACHE"
        case .popTop: return "POP_TOP"
        case .pushNull: return "PUSH_NULL"
        case .nop: return "NOP"
        case .unaryPositive: return "UNARY_POSITIVE"
        case .unaryNegative: return "UNARY_NEGATIVE"
        case .unaryNot: return "UNARY_NOT"
        case .unaryInvert: return "UNARY_INVERT"
        case .binarySubscr: return "BINARY_SUBSCR"
        case .getLen: return "GET_LEN"
        case .matchMapping: return "MATCH_MAPPING"
        case .matchSequence: return "MATCH_SEQUENCE"
        case .matchKeys: return "MATCH_KEYS"
        case .pushExcInfo: return "PUSH_EXC_INFO"
        case .checkExcMatch: return "CHECK_EXC_MATCH"
        case .checkEgMatch: return "CHECK_EG_MATCH"
        case .withExceptStart: return "WITH_EXCEPT_START"
        case .getAiter: return "GET_AITER"
        case .getAnext: return "GET_ANEXT"
        case .beforeAsyncWith: return "BEFORE_ASYNC_WITH"
        case .beforeWith: return "BEFORE_WITH"
        case .endAsyncFor: return "END_ASYNC_FOR"
        case .storeSubscr: return "STORE_SUBSCR"
        case .deleteSubscr: return "DELETE_SUBSCR"
        case .getIter: return "GET_ITER"
        case .getYieldFromIter: return "GET_YIELD_FROM_ITER"
        case .printExpr: return "PRINT_EXPR"
        case .loadBuildClass: return "LOAD_BUILD_CLASS"
        case .loadAssertionError: return "LOAD_ASSERTION_ERROR"
        case .returnGenerator: return "RETURN_GENERATOR"
        case .listToTuple: return "LIST_TO_TUPLE"
        case .returnValue: return "RETURN_VALUE"
        case .importStar: return "IMPORT_STAR"
        case .setupAnnotations: return "SETUP_ANNOTATIONS"
        case .yieldValue: return "YIELD_VALUE"
        case .asyncGenWrap: return "ASYNC_GEN_WRAP"
        case .prepReraiseStar: return "PREP_RERAISE_STAR"
        case .popExcept: return "POP_EXCEPT"
        case .storeName: return "STORE_NAME"
        case .deleteName: return "DELETE_NAME"
        case .unpackSequence: return "UNPACK_SEQUENCE"
        case .forIter: return "FOR_ITER"
        case .unpackEx: return "UNPACK_EX"
        case .storeAttr: return "STORE_ATTR"
        case .deleteAttr: return "DELETE_ATTR"
        case .storeGlobal: return "STORE_GLOBAL"
        case .deleteGlobal: return "DELETE_GLOBAL"
        case .swap: return "SWAP"
        case .loadConst: return "LOAD_CONST"
        case .loadName: return "LOAD_NAME"
        case .buildTuple: return "BUILD_TUPLE"
        case .buildList: return "BUILD_LIST"
        case .buildSet: return "BUILD_SET"
        case .buildMap: return "BUILD_MAP"
        case .loadAttr: return "LOAD_ATTR"
        case .compareOp: return "COMPARE_OP"
        case .importName: return "IMPORT_NAME"
        case .importFrom: return "IMPORT_FROM"
        case .jumpForward: return "JUMP_FORWARD"
        case .jumpIfFalseOrPop: return "JUMP_IF_FALSE_OR_POP"
        case .jumpIfTrueOrPop: return "JUMP_IF_TRUE_OR_POP"
        case .popJumpForwardIfFalse: return "POP_JUMP_FORWARD_IF_FALSE"
        case .popJumpForwardIfTrue: return "POP_JUMP_FORWARD_IF_TRUE"
        case .loadGlobal: return "LOAD_GLOBAL"
        case .isOp: return "IS_OP"
        case .containsOp: return "CONTAINS_OP"
        case .reraise: return "RERAISE"
        case .copy: return "COPY"
        case .binaryOp: return "BINARY_OP"
        case .send: return "SEND"
        case .loadFast: return "LOAD_FAST"
        case .storeFast: return "STORE_FAST"
        case .deleteFast: return "DELETE_FAST"
        case .popJumpForwardIfNotNone: return "POP_JUMP_FORWARD_IF_NOT_NONE"
        case .popJumpForwardIfNone: return "POP_JUMP_FORWARD_IF_NONE"
        case .raiseVarargs: return "RAISE_VARARGS"
        case .getAwaitable: return "GET_AWAITABLE"
        case .makeFunction: return "MAKE_FUNCTION"
        case .buildSlice: return "BUILD_SLICE"
        case .jumpBackwardNoInterrupt: return "JUMP_BACKWARD_NO_INTERRUPT"
        case .makeCell: return "MAKE_CELL"
        case .loadClosure: return "LOAD_CLOSURE"
        case .loadDeref: return "LOAD_DEREF"
        case .storeDeref: return "STORE_DEREF"
        case .deleteDeref: return "DELETE_DEREF"
        case .jumpBackward: return "JUMP_BACKWARD"
        case .callFunctionEx: return "CALL_FUNCTION_EX"
        case .extendedArg: return "EXTENDED_ARG"
        case .listAppend: return "LIST_APPEND"
        case .setAdd: return "SET_ADD"
        case .mapAdd: return "MAP_ADD"
        case .loadClassderef: return "LOAD_CLASSDEREF"
        case .copyFreeVars: return "COPY_FREE_VARS"
        case .resume: return "RESUME"
        case .matchClass: return "MATCH_CLASS"
        case .formatValue: return "FORMAT_VALUE"
        case .buildConstKeyMap: return "BUILD_CONST_KEY_MAP"
        case .buildString: return "BUILD_STRING"
        case .loadMethod: return "LOAD_METHOD"
        case .listExtend: return "LIST_EXTEND"
        case .setUpdate: return "SET_UPDATE"
        case .dictMerge: return "DICT_MERGE"
        case .dictUpdate: return "DICT_UPDATE"
        case .precall: return "PRECALL"
        case .call: return "CALL"
        case .kwNames: return "KW_NAMES"
        case .popJumpBackwardIfNotNone: return "POP_JUMP_BACKWARD_IF_NOT_NONE"
        case .popJumpBackwardIfNone: return "POP_JUMP_BACKWARD_IF_NONE"
        case .popJumpBackwardIfFalse: return "POP_JUMP_BACKWARD_IF_FALSE"
        case .popJumpBackwardIfTrue: return "POP_JUMP_BACKWARD_IF_TRUE"
        }
    }

    /// Whether the instruction reads its oparg (CPython's `HAS_ARG`).
    public var hasArgument: Bool { rawValue >= haveArgument }

    /// The number of CACHE code units that follow the instruction (`_PyOpcode_Caches`, from
    /// `_cache_format` in Lib/opcode.py). Offsets count them, so ours equal CPython's.
    public var inlineCacheEntries: Int {
        switch self {
        case .loadGlobal: return 5          // counter, index, module_keys_version(2), builtin
        case .binaryOp: return 1            // counter
        case .unpackSequence: return 1      // counter
        case .compareOp: return 2           // counter, mask
        case .binarySubscr: return 4        // counter, type_version(2), func_version
        case .loadAttr: return 4            // counter, version(2), index
        case .storeAttr: return 4           // counter, version(2), index
        case .loadMethod: return 10         // counter, type(2), dict_offset, keys(2), descr(4)
        case .call: return 4                // counter, func_version(2), min_args
        case .precall: return 1             // counter
        case .storeSubscr: return 1         // counter
        case .cache, .popTop, .pushNull, .nop, .unaryPositive, .unaryNegative, .unaryNot,
             .unaryInvert, .getLen, .matchMapping, .matchSequence, .matchKeys, .pushExcInfo,
             .checkExcMatch, .checkEgMatch, .withExceptStart, .getAiter, .getAnext,
             .beforeAsyncWith, .beforeWith, .endAsyncFor, .deleteSubscr, .getIter,
             .getYieldFromIter, .printExpr, .loadBuildClass, .loadAssertionError,
             .returnGenerator, .listToTuple, .returnValue, .importStar, .setupAnnotations,
             .yieldValue, .asyncGenWrap, .prepReraiseStar, .popExcept, .storeName, .deleteName,
             .forIter, .unpackEx, .deleteAttr, .storeGlobal, .deleteGlobal, .swap, .loadConst,
             .loadName, .buildTuple, .buildList, .buildSet, .buildMap, .importName, .importFrom,
             .jumpForward, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .popJumpForwardIfFalse,
             .popJumpForwardIfTrue, .isOp, .containsOp, .reraise, .copy, .send, .loadFast,
             .storeFast, .deleteFast, .popJumpForwardIfNotNone, .popJumpForwardIfNone,
             .raiseVarargs, .getAwaitable, .makeFunction, .buildSlice, .jumpBackwardNoInterrupt,
             .makeCell, .loadClosure, .loadDeref, .storeDeref, .deleteDeref, .jumpBackward,
             .callFunctionEx, .extendedArg, .listAppend, .setAdd, .mapAdd, .loadClassderef,
             .copyFreeVars, .resume, .matchClass, .formatValue, .buildConstKeyMap, .buildString,
             .listExtend, .setUpdate, .dictMerge, .dictUpdate, .kwNames,
             .popJumpBackwardIfNotNone, .popJumpBackwardIfNone, .popJumpBackwardIfFalse,
             .popJumpBackwardIfTrue:
            return 0
        }
    }

    /// How the oparg is interpreted; `dis` formats by this and nothing else (style rule 3).
    public var operandKind: OperandKind {
        switch self {
        case .cache, .popTop, .pushNull, .nop, .unaryPositive, .unaryNegative, .unaryNot,
             .unaryInvert, .binarySubscr, .getLen, .matchMapping, .matchSequence, .matchKeys,
             .pushExcInfo, .checkExcMatch, .checkEgMatch, .withExceptStart, .getAiter,
             .getAnext, .beforeAsyncWith, .beforeWith, .endAsyncFor, .storeSubscr,
             .deleteSubscr, .getIter, .getYieldFromIter, .printExpr, .loadBuildClass,
             .loadAssertionError, .returnGenerator, .listToTuple, .returnValue, .importStar,
             .setupAnnotations, .yieldValue, .asyncGenWrap, .prepReraiseStar, .popExcept:
            return .none
        case .storeName, .deleteName, .storeAttr, .deleteAttr, .storeGlobal, .deleteGlobal,
             .loadName, .loadAttr, .importName, .importFrom, .loadMethod:
            return .name
        case .loadGlobal:
            return .globalName
        case .loadConst:
            return .const
        case .kwNames:
            return .kwNames
        case .loadFast, .storeFast, .deleteFast:
            return .local
        case .makeCell, .loadClosure, .loadDeref, .storeDeref, .deleteDeref, .loadClassderef:
            return .free
        case .forIter, .jumpForward, .jumpIfFalseOrPop, .jumpIfTrueOrPop,
             .popJumpForwardIfFalse, .popJumpForwardIfTrue, .send, .popJumpForwardIfNotNone,
             .popJumpForwardIfNone:
            return .jumpForward
        case .jumpBackwardNoInterrupt, .jumpBackward, .popJumpBackwardIfNotNone,
             .popJumpBackwardIfNone, .popJumpBackwardIfFalse, .popJumpBackwardIfTrue:
            return .jumpBackward
        case .compareOp:
            return .compare
        case .binaryOp:
            return .binaryOp
        case .formatValue:
            return .formatValue
        case .makeFunction:
            return .makeFunctionFlags
        case .unpackSequence, .unpackEx, .swap, .buildTuple, .buildList, .buildSet, .buildMap,
             .isOp, .containsOp, .reraise, .copy, .raiseVarargs, .getAwaitable, .buildSlice,
             .callFunctionEx, .extendedArg, .listAppend, .setAdd, .mapAdd, .copyFreeVars,
             .resume, .matchClass, .buildConstKeyMap, .buildString, .listExtend, .setUpdate,
             .dictMerge, .dictUpdate, .precall, .call:
            return .number
        }
    }

    /// The control transfer the instruction can make.
    public var jumpKind: JumpKind {
        switch self {
        case .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt:
            return .unconditional
        case .forIter, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .popJumpForwardIfFalse,
             .popJumpForwardIfTrue, .send, .popJumpForwardIfNotNone, .popJumpForwardIfNone,
             .popJumpBackwardIfNotNone, .popJumpBackwardIfNone, .popJumpBackwardIfFalse,
             .popJumpBackwardIfTrue:
            return .conditional
        case .returnValue, .raiseVarargs, .reraise:
            return .exit
        case .cache, .popTop, .pushNull, .nop, .unaryPositive, .unaryNegative, .unaryNot,
             .unaryInvert, .binarySubscr, .getLen, .matchMapping, .matchSequence, .matchKeys,
             .pushExcInfo, .checkExcMatch, .checkEgMatch, .withExceptStart, .getAiter,
             .getAnext, .beforeAsyncWith, .beforeWith, .endAsyncFor, .storeSubscr,
             .deleteSubscr, .getIter, .getYieldFromIter, .printExpr, .loadBuildClass,
             .loadAssertionError, .returnGenerator, .listToTuple, .importStar,
             .setupAnnotations, .yieldValue, .asyncGenWrap, .prepReraiseStar, .popExcept,
             .storeName, .deleteName, .unpackSequence, .unpackEx, .storeAttr, .deleteAttr,
             .storeGlobal, .deleteGlobal, .swap, .loadConst, .loadName, .buildTuple, .buildList,
             .buildSet, .buildMap, .loadAttr, .compareOp, .importName, .importFrom, .loadGlobal,
             .isOp, .containsOp, .copy, .binaryOp, .loadFast, .storeFast, .deleteFast,
             .getAwaitable, .makeFunction, .buildSlice, .makeCell, .loadClosure, .loadDeref,
             .storeDeref, .deleteDeref, .callFunctionEx, .extendedArg, .listAppend, .setAdd,
             .mapAdd, .loadClassderef, .copyFreeVars, .resume, .matchClass, .formatValue,
             .buildConstKeyMap, .buildString, .loadMethod, .listExtend, .setUpdate, .dictMerge,
             .dictUpdate, .precall, .call, .kwNames:
            return .none
        }
    }

    /// Whether the instruction has a jump target (CPython's `hasjrel`; 3.11 has no absolute jumps).
    public var isJump: Bool { operandKind == .jumpForward || operandKind == .jumpBackward }

    /// Whether control never falls through to the next instruction.
    public var isTerminator: Bool { jumpKind == .unconditional || jumpKind == .exit }

    /// Net change in stack depth (CPython 3.11 `stack_effect` in Python/compile.c).
    ///
    /// - Parameters:
    ///   - oparg: the instruction's argument (EXTENDED_ARG folded in).
    ///   - jump: for instructions that may jump, the effect on the jumping path when true and
    ///     on the fall-through path when false; ignored by the others.
    public func stackEffect(oparg: Int, jump: Bool) -> Int {
        switch self {
        case .nop, .extendedArg, .resume, .cache: return 0
        case .popTop: return -1
        case .swap: return 0
        case .unaryPositive, .unaryNegative, .unaryNot, .unaryInvert: return 0
        case .setAdd, .listAppend: return -1
        case .mapAdd: return -2
        case .binarySubscr: return -1
        case .storeSubscr: return -3
        case .deleteSubscr: return -2
        case .getIter: return 0
        case .printExpr: return -1
        case .loadBuildClass: return 1
        case .returnValue: return -1
        case .importStar: return -1
        case .setupAnnotations: return 0
        case .asyncGenWrap, .yieldValue: return 0
        case .popExcept: return -1
        case .storeName: return -1
        case .deleteName: return 0
        case .unpackSequence: return oparg - 1
        case .unpackEx: return (oparg & 0xFF) + (oparg >> 8)
        case .forIter: return jump ? -1 : 1
        case .send: return jump ? -1 : 0
        case .storeAttr: return -2
        case .deleteAttr: return -1
        case .storeGlobal: return -1
        case .deleteGlobal: return 0
        case .loadConst: return 1
        case .loadName: return 1
        case .buildTuple, .buildList, .buildSet, .buildString: return 1 - oparg
        case .buildMap: return 1 - 2 * oparg
        case .buildConstKeyMap: return -oparg
        case .loadAttr: return 0
        case .compareOp, .isOp, .containsOp: return -1
        case .checkExcMatch: return 0
        case .checkEgMatch: return 0
        case .importName: return -1
        case .importFrom: return 1
        case .jumpForward, .jumpBackward, .jumpBackwardNoInterrupt: return 0
        case .jumpIfTrueOrPop, .jumpIfFalseOrPop: return jump ? 0 : -1
        case .popJumpBackwardIfNone, .popJumpForwardIfNone, .popJumpBackwardIfNotNone,
             .popJumpForwardIfNotNone, .popJumpForwardIfFalse, .popJumpBackwardIfFalse,
             .popJumpForwardIfTrue, .popJumpBackwardIfTrue:
            return -1
        case .loadGlobal: return (oparg & 1) + 1
        case .prepReraiseStar: return -1
        case .reraise: return -1
        case .pushExcInfo: return 1
        case .withExceptStart: return 1
        case .loadFast: return 1
        case .storeFast: return -1
        case .deleteFast: return 0
        case .returnGenerator: return 0
        case .raiseVarargs: return -oparg
        case .precall: return -oparg
        case .kwNames: return 0
        case .call: return -1
        case .callFunctionEx: return -2 - ((oparg & 0x01) != 0 ? 1 : 0)
        case .makeFunction:
            return -((oparg & 0x01) != 0 ? 1 : 0) - ((oparg & 0x02) != 0 ? 1 : 0)
                - ((oparg & 0x04) != 0 ? 1 : 0) - ((oparg & 0x08) != 0 ? 1 : 0)
        case .buildSlice: return oparg == 3 ? -2 : -1
        case .makeCell, .copyFreeVars: return 0
        case .loadClosure: return 1
        case .loadDeref, .loadClassderef: return 1
        case .storeDeref: return -1
        case .deleteDeref: return 0
        case .getAwaitable: return 0
        case .beforeAsyncWith, .beforeWith: return 1
        case .getAiter: return 0
        case .getAnext: return 1
        case .getYieldFromIter: return 0
        case .endAsyncFor: return -2
        case .formatValue: return (oparg & 0x04) == 0x04 ? -1 : 0
        case .loadMethod: return 1
        case .loadAssertionError: return 1
        case .listToTuple: return 0
        case .listExtend, .setUpdate, .dictMerge, .dictUpdate: return -1
        case .matchClass: return -2
        case .getLen, .matchMapping, .matchSequence, .matchKeys: return 1
        case .copy, .pushNull: return 1
        case .binaryOp: return -1
        }
    }
}

/// `cmp_op` of Lib/opcode.py: COMPARE_OP's oparg indexes it.
public let comparisonOperatorSymbols = ["<", "<=", "==", "!=", ">", ">="]

/// The `NB_*` operators of BINARY_OP in oparg order, with the symbol `dis` prints
/// (`_nb_ops` of Lib/opcode.py). In-place forms start at 13.
public let binaryOperatorSymbols = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
]

/// MAKE_FUNCTION's flag names in bit order (`MAKE_FUNCTION_FLAGS` of Lib/dis.py).
public let makeFunctionFlagNames = ["defaults", "kwdefaults", "annotations", "closure"]
