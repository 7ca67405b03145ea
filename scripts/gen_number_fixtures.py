#!/usr/bin/env python3
"""Writes Tests/Fixtures/numbers/*.json: what CPython 3.11 gives for the number and string
builtins, for PyRuntimeTests/Numbers to check our natives against.

Each case is a Python expression. Its outermost operation (a binary or unary operator, a
comparison, a builtin call, a method call, an attribute, a subscript, a math/random call) is
encoded as data; its operands are evaluated here and encoded as values. The Swift side rebuilds
the operands, performs the operation through PyRuntime and compares repr(result) or the
exception's type and message.

Run: python3 scripts/gen_number_fixtures.py   (needs CPython 3.11: messages are 3.11's)
"""
import ast
import json
import math
import os
import random
import struct
import sys
import warnings

warnings.simplefilter("ignore", SyntaxWarning)

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "Fixtures", "numbers")
MODULES = {"math": math, "random": random}
TYPES = {"int": int, "float": float, "str": str, "bytes": bytes, "complex": complex, "bool": bool}
BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
          ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|",
          ast.BitXor: "^", ast.MatMult: "@"}
CMPOPS = {ast.Lt: "<", ast.LtE: "<=", ast.Eq: "==", ast.NotEq: "!=", ast.Gt: ">", ast.GtE: ">=",
          ast.In: "in", ast.NotIn: "not in"}
UNOPS = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not"}


def fhex(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def enc(v):
    """A Python value as JSON data."""
    if v is None:
        return {"N": 0}
    if isinstance(v, bool):
        return {"T": v}
    if isinstance(v, int):
        return {"i": hex(v)}
    if isinstance(v, float):
        return {"f": fhex(v)}
    if isinstance(v, complex):
        return {"c": [fhex(v.real), fhex(v.imag)]}
    if isinstance(v, str):
        return {"s": v}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {"sl": [enc(v.start), enc(v.stop), enc(v.step)]}
    raise TypeError(f"cannot encode {v!r}")


def value(node, env):
    return eval(compile(ast.Expression(node), "<case>", "eval"), env)


def op_of(node, env):
    """The outermost operation of an expression node, operands evaluated."""
    v = lambda n: enc(value(n, env))
    if isinstance(node, ast.BinOp):
        return {"k": "bin", "op": BINOPS[type(node.op)], "a": v(node.left), "b": v(node.right)}
    if isinstance(node, ast.UnaryOp):
        return {"k": "un", "op": UNOPS[type(node.op)], "a": v(node.operand)}
    if isinstance(node, ast.Compare):
        assert len(node.ops) == 1
        return {"k": "cmp", "op": CMPOPS[type(node.ops[0])], "a": v(node.left), "b": v(node.comparators[0])}
    if isinstance(node, ast.Subscript):
        return {"k": "item", "a": v(node.value), "b": v(node.slice)}
    if isinstance(node, ast.Attribute):
        if isinstance(node.value, ast.Name) and node.value.id in MODULES:
            return {"k": "modattr", "m": node.value.id, "name": node.attr}
        return {"k": "attr", "a": v(node.value), "name": node.attr}
    if isinstance(node, ast.Call):
        f = node.func
        if isinstance(f, ast.Name) and f.id == "list" and len(node.args) == 1 and isinstance(node.args[0], ast.Call):
            return {"k": "tolist", "x": op_of(node.args[0], env)}
        args = [v(a) for a in node.args]
        kw = [[k.arg, v(k.value)] for k in node.keywords]
        if isinstance(f, ast.Name):
            if f.id == "iop":  # iop('+=', a, b): an in-place operator
                return {"k": "bin", "op": value(node.args[0], env), "a": args[1], "b": args[2]}
            return {"k": "call", "f": f.id, "args": args, "kw": kw}
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in MODULES:
            return {"k": "mod", "m": f.value.id, "f": f.attr, "args": args, "kw": kw}
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id in TYPES:
            return {"k": "tcall", "t": f.value.id, "f": f.attr, "args": args, "kw": kw}
        if isinstance(f, ast.Attribute):
            return {"k": "meth", "a": v(f.value), "f": f.attr, "args": args, "kw": kw}
    raise ValueError(f"unsupported case shape: {ast.dump(node)}")


def iop(op, a, b):
    ns = {"a": a, "b": b}
    exec(f"a {op} b", ns)
    return ns["a"]


def outcome(thunk):
    try:
        r = thunk()
    except Exception as e:  # noqa: BLE001 - recording any exception is the point
        if isinstance(e, (UnicodeError, OSError)) or len(e.args) != 1:
            msg = repr(e.args) if len(e.args) != 1 else str(e.args[0])
            if isinstance(e, UnicodeError):
                msg = repr(e.args)
            elif len(e.args) != 1:
                msg = str(e)
        else:
            msg = str(e)
        return {"exc": type(e).__name__, "msg": msg}
    return {"repr": repr(r)}


ENV = {"math": math, "random": random, "iop": iop, "inf": math.inf, "nan": math.nan}


def case(src, env=ENV):
    tree = ast.parse(src, mode="eval").body
    return {"src": src, "op": op_of(tree, env), "expect": outcome(lambda: eval(src, env))}


def sequence(src):
    """'seed(42); random(); randint(1, 6)': calls on the random module in order; the expected
    value is the list of results (shuffle contributes its shuffled list)."""
    calls = []
    for part in src.split(";"):
        node = ast.parse(part.strip(), mode="eval").body
        args = [value(a, ENV) for a in node.args]
        kws = {k.arg: value(k.value, ENV) for k in node.keywords}
        calls.append((node.func.id, args, kws))

    def run():
        results = []
        for name, args, kws in calls:
            args = [list(a) if isinstance(a, list) else a for a in args]
            fn = getattr(random, name)
            if name == "shuffle":
                fn(args[0], **kws)
                results.append(args[0])
            else:
                results.append(fn(*args, **kws))
        return results

    random.seed(0)
    expect = outcome(run)
    encoded = [{"f": n, "args": [enc(a) for a in a_], "kw": [[k, enc(x)] for k, x in kw.items()]}
               for n, a_, kw in calls]
    return {"src": src, "op": {"k": "seq", "m": "random", "calls": encoded}, "expect": expect}


# ---------------------------------------------------------------------------------------------
# Cases

def int_cases():
    vals = ["0", "1", "-1", "7", "-7", "3", "-3", "2**63-1", "-2**63", "2**64", "-2**64", "10**20",
            "-(10**20)+3", "2**62", "True", "False", "12345678901234567890123", "-98765432109876543210"]
    ops = ["+", "-", "*", "//", "%", "/", "**", "&", "|", "^", "<<", ">>"]
    out = []
    for a in vals:
        for b in vals:
            for o in ops:
                if o == "**" and b not in ("0", "1", "-1", "7", "-7", "3", "-3", "True", "False"):
                    continue
                if o in ("<<",) and b in ("2**63-1", "2**64", "10**20", "2**62", "12345678901234567890123"):
                    continue
                out.append(f"({a}) {o} ({b})")
    out += [
        "2**53 + 1 == float(2**53)", "2**53 == float(2**53)", "2**63 < 9.3e18", "-2**63 == -9.223372036854775808e18",
        "10**400 > 1e308", "10**400 < inf", "-(10**400) > -inf", "5 < nan", "5 != nan", "2**64 == 18446744073709551616.0",
        "(2**64+1) == 18446744073709551616.0", "1 == 1.0", "True == 1", "True + True", "True * 3.5", "-True",
        "~True", "True & False", "True | False", "True ^ True", "True & 3", "abs(-2**63)", "-(-2**63)",
        "divmod(7, -2)", "divmod(-7, 2)", "divmod(-2**63, -1)", "divmod(2**100, 7)", "divmod(-2**100, 7)",
        "divmod(7, 0)", "divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod(7.5, -0.0)", "divmod(1, 0.5)",
        "pow(2, 10)", "pow(2, -2)", "pow(0, -1)", "pow(2, 100, 7)", "pow(-2, 3, 7)", "pow(2, 3, -7)", "pow(3, -1, 7)",
        "pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2, 3, 1)", "pow(2.0, 2, 3)", "pow(2, 2.0, 3)", "pow(2, 2, 3.0)",
        "pow(1j, 2, 3)", "pow(2, 2, 'a')", "pow(base=2, exp=5)", "pow(-8, 1/3)", "2 ** 0.5", "(-2) ** 0.5",
        "10 ** -400", "2 ** 1000", "(-2) ** 63", "(-2) ** 64", "7 ** 23", "(2**64) ** 3",
        "1 << 63", "1 << 64", "-1 << 63", "-1 >> 100", "-5 >> 1", "5 >> 64", "-(2**100) >> 3", "-(2**100) >> 200",
        "(2**100) >> 3", "1 << -1", "1 >> -1", "0 << 10**20",
        "(2**100) & -1", "(-2**100) & 0xFFFF", "(-2**100) | 5", "(-2**100) ^ -1", "~(2**100)", "-(2**64) & -(2**64)",
        "(-1) & (2**64)", "(-2**65 + 1) ^ (2**64 + 3)", "(-12345678901234567890) | (-98765432109876543210)",
        "10**400 / 1", "(2**1100) / 3", "(2**1100) / (2**1000)", "1 / (2**1100)", "(2**60 + 1) / 3", "(10**30) / (10**10)",
        "(-(2**70) - 1) / 7", "(2**1074) / (2**2148)", "(2**53 + 1) / 1", "2**1024 / 2**1", "3 / 0",
        "10**400 + 1.0", "1.0 + 10**400", "10**400 * 0.5", "float(10**400)", "float(2**1024 - 2**970)", "float(2**1024 - 2**971)",
        "float(2**53 + 1)", "float(2**53 + 3)", "float(-(2**63) - 1)", "float(2**64 - 1)", "float(12345678901234567890123)",
        "5 @ 3", "1 + 'a'", "'a' + 1", "'a' * 2.0", "2.0 * 'a'", "b'a' + 1", "[1] * 2.5", "1 - None", "None + None",
        "iop('+=', 5, 3)", "iop('**=', 2, 10)", "iop('//=', 7, 2)", "iop('+=', 1, 'a')", "iop('**=', 1, 'a')", "iop('*=', 'ab', 3)",
        "iop('+=', 'ab', 'cd')", "iop('<<=', 1, 70)",
        "-(2**63)", "+(2**100)", "not 0", "not 5", "-5", "~5", "~(-2**63)", "+True", "-False", "~0",
        "abs(-5)", "abs(-2**100)", "abs(-0.0)", "abs(-3+4j)", "abs('a')", "abs(True)",
    ]
    return out


def float_values():
    return ["0.0", "-0.0", "1.5", "-2.5", "0.1", "3.0", "-7.25", "1e300", "-1e-300", "inf", "-inf", "nan", "2", "-3", "0"]


def float_cases():
    out = []
    vals = float_values()
    for a in vals:
        for b in vals:
            if a in ("2", "-3", "0") and b in ("2", "-3", "0"):
                continue
            for o in ["+", "-", "*", "/", "//", "%", "**"]:
                out.append(f"({a}) {o} ({b})")
            for o in ["<", "==", ">=", "!="]:
                out.append(f"({a}) {o} ({b})")
    out += [
        "10.0 ** 400", "(-10.0) ** 401", "0.0 ** -1", "0.0 ** -1.5", "(-0.0) ** -3", "(-8.0) ** (1/3)", "(-1.0) ** 0.5",
        "(-1.0) ** 1e300", "(-1.0) ** inf", "1.0 ** nan", "nan ** 0", "2.0 ** -1074", "2.0 ** -1080", "(-2.0) ** 3",
        "(-2.0) ** -3", "inf ** -1", "(-inf) ** 3", "(-inf) ** 2", "(-inf) ** -3", "0.5 ** inf", "2.0 ** -inf",
        "1e308 * 10", "-1e308 * 10", "1e-308 / 1e10", "5e-324 / 2", "0.1 + 0.2", "1 / 3", "2 / 3", "-1 / 3",
        "7.0 // 2", "-7.0 // 2", "7.0 // -2", "-7.0 % 2", "7.0 % -2", "-0.0 % 5", "0.0 % -5", "1e300 % 7", "-1e-300 % 1",
        "5.5 // 0.1", "1.0 // 0.1", "1.0 % 0.1", "divmod(1.0, 0.1)", "divmod(-1e300, 3)", "divmod(inf, 1)", "divmod(1, inf)",
        "divmod(-1, inf)", "divmod(nan, 1)", "divmod(1.0, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "1 / 0.0",
        "round(2.675, 2)", "round(2.5)", "round(3.5)", "round(-0.5)", "round(-1.5)", "round(0.125, 2)", "round(0.375, 2)",
        "round(1.5, 0)", "round(-2.5, 0)", "round(123.456, -1)", "round(123.456, -2)", "round(155.0, -1)", "round(1e300, -300)",
        "round(1.5, 400)", "round(123.456, -400)", "round(inf)", "round(nan)", "round(inf, 2)", "round(nan, 1)",
        "round(1e308, -308)", "round(1.7976931348623157e308, -308)", "round(5e-324, 323)", "round(0.5e-323, 324)",
        "round(1.23456789, 4)", "round(-1.23456789, 4)", "round(1e16 + 2.0, -1)", "round(2.5, None)", "round(2.5, 'a')",
        "round(25, -1)", "round(35, -1)", "round(-25, -1)", "round(12345, -2)", "round(2**100 + 5, -1)", "round(7, 2)",
        "round(15, -1)", "round(5, -1)", "round(-5, -1)", "round(True)", "round('a')", "round(2**70, -100)",
        "(0.5).is_integer()", "(2.0).is_integer()", "inf.is_integer()", "(0.75).as_integer_ratio()", "(-2.5).as_integer_ratio()",
        "(0.1).as_integer_ratio()", "(1e300).as_integer_ratio()", "(5e-324).as_integer_ratio()", "inf.as_integer_ratio()",
        "nan.as_integer_ratio()", "(3.5).hex()", "(-0.0).hex()", "(5e-324).hex()", "(1e300).hex()", "(0.1).hex()", "inf.hex()",
        "float.fromhex('0x1.8p1')", "float.fromhex('-0x1p-1074')", "float.fromhex('0x1p-1075')", "float.fromhex('0x1.00000000000008p0')",
        "float.fromhex('0x1.00000000000018p0')", "float.fromhex('  0xA.8p0  ')", "float.fromhex('inf')", "float.fromhex('0x1p1024')",
        "float.fromhex('1.8')", "float.fromhex('x')", "float.fromhex('0x.8')",
        "(2.5).__trunc__()", "(-2.5).__trunc__()", "(2.5).__floor__()", "(-2.5).__floor__()", "(2.5).__ceil__()", "(-2.5).__ceil__()",
        "int(2.9)", "int(-2.9)", "int(1e20)", "int(-1e300)", "int(inf)", "int(nan)", "int(5e-324)", "(1.5).real", "(1.5).imag",
        "(1.5).conjugate()", "(2.5).__round__()", "(2.5).__round__(1)", "(1.5).__int__()", "(1.5).__float__()", "(-1.5).__abs__()",
        "(1.5).__neg__()", "(0.0).__bool__()", "(1.5).__add__(1)", "(1.5).__add__('a')", "(1.5).__radd__(2**100)",
        "(1.5).__rsub__(1)", "(1.5).__rtruediv__(3)", "(2.0).__rpow__(3)", "(2.0).__pow__(3, 5)", "(2.0).__divmod__(0)",
        "(1.5).__eq__(1)", "(1.0).__eq__(1)", "(1.5).__lt__('a')", "(1.0).__eq__(2**53)",
        "(1).__eq__(1.0)", "(5).__add__(1.5)", "(5).__radd__(2)", "(5).__rsub__(2)", "(5).__rtruediv__(2)", "(5).__rpow__(2)",
        "(5).__pow__(2, 3)", "(5).__rfloordiv__(17)", "(5).__rmod__(17)", "(5).__rdivmod__(17)", "(5).__divmod__(-2)",
        "(5).__rlshift__(1)", "(5).__rrshift__(64)", "(5).__rand__(3)", "(5).__ror__(3)", "(5).__rxor__(3)", "(5).__neg__()",
        "(5).__index__()", "(5).__float__()", "(5).__round__(-1)", "(5).__bool__()", "(0).__bool__()", "(True).__and__(1)",
        "True.__or__(False)", "True.__xor__(True)", "True.__rand__(3)", "(5).__add__()", "(5).__neg__(1)",
    ]
    return out


def repr_cases():
    rng = random.Random(20240611)
    vals = []
    for _ in range(1500):
        bits = rng.getrandbits(64)
        x = struct.unpack("<d", bits.to_bytes(8, "little"))[0]
        if not math.isnan(x):
            vals.append(x)
    for _ in range(400):
        vals.append(rng.random() * 10 ** rng.randint(-30, 30))
    for _ in range(200):
        vals.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    special = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e16, 1e15, 9999999999999998.0, 123456789012345.0, 1234567890123456.0,
               12345678901234567.0, 1e-4, 1e-5, 1.5e-5, 1e-7, 0.0001, 0.00012345, 5e-324, 2.2250738585072014e-308,
               1.7976931348623157e308, 1e22, 1e23, 9.007199254740993e15, 2e16 + 8, 100.0, 1e100, 3.141592653589793,
               2.718281828459045, 1 / 3, 2 / 3, 1e-300, 4.35, 0.1 + 0.2, 1.1, 2.675, 9.5, 12.0, 1e21, 1e-6, 1.5,
               math.inf, -math.inf, math.nan]
    vals = special + vals
    out = [("repr(x)", x) for x in vals]
    out += [("str(x)", x) for x in special]
    return out


def format_cases():
    floats = [0.0, -0.0, 1.0, -1.5, 0.1, 2.675, 1234567.891, 1e22, 1e-7, 123456789.0, 0.000012345, 1e16, 3.0, 1e100,
              5e-324, 1.7976931348623157e308, 0.5, 2.5, 100.0, 12.0, math.inf, -math.inf, math.nan, 9.9999, 0.05, 1e15]
    fspecs = ["", "f", ".2f", ".0f", ".20f", "e", ".3e", "E", ".0e", "g", ".3g", "G", ".10g", "%", ".1%", "10", "<10",
              "^10", "=+10", "010", "+", " ", "z", "z.1f", ",", ",.2f", "_.3f", "015,.2f", "#", "#.0f", "#g", "#.3g",
              ".3", ".0", ".1", ".16", ".17", "n", "*^12.3f", "-", "+.2e", "020.3e", ",g", "#e", "F", ".30f", ".1e"]
    ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64, -(2**64), 10**30, 65, True]
    ispecs = ["", "d", "5", "<5", "^5", "=5", "05", "+", " ", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x",
              ",", "_", "_x", "_b", "010,", ",d", "n", "c", "e", ".3e", "f", ".2f", "%", "g", "+,", "*>10", "#_o"]
    out = []
    for x in floats:
        for s in fspecs:
            out.append(f"format({x!r}, {s!r})".replace("inf", "inf").replace("nan", "nan"))
    for x in ints:
        for s in ispecs:
            out.append(f"format({x!r}, {s!r})")
    complexes = ["1j", "1+2j", "-0.0+2j", "complex(-0.0, -1)", "1.5-2.5j", "complex(1e16, 1e-5)", "complex(inf, nan)"]
    cspecs = ["", "g", ".2f", "^20", "+", ".3", "10", "e", "<15.1f", "=10", "010", "d", ",.2f", "z.1f"]
    for c in complexes:
        for s in cspecs:
            out.append(f"format({c}, {s!r})")
    strs = ["'abc'", "'é'", "''"]
    sspecs = ["", "s", "10", "<10", ">10", "^10", "*^7", ".2", "^7.2", "05", "=", "+", "#", "z", "d", ",s", "x<3"]
    for x in strs:
        for s in sspecs:
            out.append(f"format({x}, {s!r})")
    out += [
        "format(1, 'abc')", "format(1.5, '10.2fx')", "format(1, '.2')", "format(1, 'z')", "format(1, ',x')", "format(1, ',_')",
        "format(1, '_,')", "format(1, '.')", "format(1.5, '.f')", "format(1, '999999999999999999999')", "format(-1, 'c')",
        "format(65, '+c')", "format(65, '#c')", "format(0x110000, 'c')", "format(1, 'q')", "format(1.5, 'd')", "format(1j, 'd')",
        "format(10**400, 'e')", "format(True, '')", "format(True, 'd')", "format(None, '')", "format(None, 'x')",
        "format(1, 1)", "format(12, ',b')", "format(1.5, '_')", "format(1, '=^5')", "format(1, '\\n>5')", "format(1.5, '0>6')",
        "format(1.5, '<06')", "format(-1234567.891, '015,.2f')", "format(1234567, '010,')", "format(2.5, '.0f')",
        "format(0.1, '.20f')", "format(1e22, 'f')", "format(2.675, '.2f')", "format(3.0, '.0%')", "format(1.0, 'ä')",
    ]
    return out


def digit_sweep():
    """Correct rounding of fixed and significant digits over random doubles of all sizes."""
    rng = random.Random(7)
    out = []
    for _ in range(300):
        x = rng.choice([rng.uniform(-1, 1), rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randint(-30, 30),
                        struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0], round(rng.uniform(0, 100), 2),
                        rng.randint(0, 10**6) + 0.5, float(rng.getrandbits(rng.randint(40, 70)))])
        if math.isnan(x):
            continue
        for spec in [".3e", ".1e", ".0e", ".10g", ".2g", ".5f", ".0f", ".17g"]:
            out.append(f"format({x!r}, {spec!r})")
    out += ["format(1234.5, '.3e')", "format(1235.5, '.3e')", "format(9.9996e10, '.3e')", "format(12345.6789, '.3e')",
            "format(2.0**60, '.2e')", "format(1e22, '.3e')", "format(123456789012.0, '.2e')", "format(0.5, '.0f')",
            "format(1.5, '.0f')", "format(2.5, '.0f')", "format(2.0**63, '.1e')", "format(2.0**64 + 2**12, '.15e')"]
    return out


def percent_cases():
    return [
        "'%s %r %d %i %f %e %g %x %o %c %%' % ('a', 'b', 1, 2, 3.5, 4.5, 5.5, 255, 8, 65)",
        "'%s' % ()", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%d' % 'a'", "'%c' % 1114112", "'%c' % 'ab'",
        "'%(a)s' % {'a': 1}", "'%(a)s' % 5", "'%(a' % {'a': 1}", "'%*d' % (5, 3)", "'%*d' % ('x', 3)", "'%-5d|' % 3",
        "'%x' % 3.5", "'%z' % 3", "'%' % ()", "'%.3g' % 1234567", "'%r' % 'a'", "'%a' % 'é'", "'%5.2s|' % 'abc'",
        "'%#x %#o %#X' % (255, 8, 255)", "'%+d % d' % (5, 5)", "'%e' % 1e100", "'%i' % 3.9", "'%d' % True", "'%f' % 1e300",
        "'%(a)s %s' % {'a': 1}", "'%s %(a)s' % ({'a': 1},)", "'%d' % 2**100", "'%x' % -255", "'%o' % -8", "'%.5d' % -42",
        "'%05d' % -42", "'%-05d|' % 42", "'% 05.1f' % 3.14159", "'%#.0f' % 3", "'%#g' % 3", "'%g' % 1e-5", "'%G' % 1e20",
        "'%%' % ()", "'%s%%' % 5", "'%c' % 65", "'%c' % 'x'", "'%5c|' % 'x'", "'%d' % 1.5", "'%d' % 1e300", "'%x' % 1e3",
        "'%s' % None", "'%.0e' % 12345", "'%10.4f|' % -3.14159", "'%(x)d %(x)x' % {'x': 255}", 
        "'%*.*f' % (10, 2, 3.14159)", "'%.*f' % (-2, 3.14159)", "'%ld' % 5", "'%5%' % (1,)",
        "'%5%|' % ()", "'a%s' % 'b'", "'%d %s' % [1, 2]", "'%05s|' % 'a'", "'%-5s|' % 'a'", "'%f' % 'a'", "'%e' % None",
        "'%+s' % 'a'", "'%x' % True", "'%c' % True", "'%.2s' % 12345", "'%(a)s' % {}", "'%(a)*d' % {'a': 1}",
        "'%.1f%%' % 99.5", "'%#o' % 0", "'%#.3x' % 5", "'%+.3d' % 5", "'%08.3f' % -3.14159", "'% d' % -5",
        "'%-+8.2f|' % 3.14159", "'%o' % 1e3", "'%d' % '5'", "'%5.1e' % 123.456", "'%*s' % (-5, 'a')", "'%.*s' % (2, 'abc')",
        "'%-*d|' % (4, 1)", "'%0*d' % (5, -1)", "'%r' % 1.5", "'%c' % 256", "'%5d%5d' % (1, 2)", "'%d' % 1e20", "'%u' % 5",
        "'%G' % 1e-10", "'%.0f' % 0.5", "'%.0f' % 1.5", "'%.2f' % 2.675", "'%.15g' % 0.1", "'%.17g' % 0.1", "'%.3e' % 0",
        "'%E' % inf", "'%010.2f' % nan", "'%F' % nan", "'%s' % nan", "'%x' % 2**100", "'%X' % -2**70", "'%()s' % {'': 5}",
        "'%(a)s' % ({'a': 1},)", "'%s' % 1.0", "'%r' % 'it''s'", "'abc' % ()", "'abc' % {'a': 1}",
        "'abc' % 5", "'%s' % b'ab'", "b'%s %d' % (b'a', 1)",
    ]


def str_format_cases():
    return [
        "'{} {}'.format(1, 2)", "'{1} {0}'.format('a', 'b')", "'{a} {b}'.format(a=1, b=2.5)", "'{0!r:>10}'.format('a')",
        "'{!s}'.format(1.5)", "'{!a}'.format('é')", "'{0.real}'.format(1+2j)", "'{0[1]}'.format([1, 2])",
        "'{0[x]}'.format({'x': 5})", "'{a[0]}'.format(a=(7, 8))", "'{:{}}'.format(1, 5)", "'{0:{1}{2}}'.format(1, '>', 5)",
        "'{:{w}.{p}f}'.format(3.14159, w=10, p=2)", "'{{}} {}'.format(1)", "'{{{}}}'.format(1)", "'{0!x}'.format(1)",
        "'{'.format(1)", "'}'.format(1)", "'{0}{}'.format(1, 2)", "'{}{0}'.format(1, 2)", "'{1}'.format(1)", "'{a}'.format(1)",
        "'{0.x}'.format(1)", "'{0[0]}'.format(1)", "'{:d}'.format('a')", "'{:s}'.format(1)", "'{:x}'.format(1.5)",
        "'{:{:{}}}'.format(1, 2, 3)", "'{0:}}'.format(1)", "'{0!}'.format(1)", "'{0!rr}'.format(1)", "'{0.}'.format(1)",
        "'{0[}'.format(1)", "'{[]}'.format({})", "'{:,}'.format(10**30)", "'{:_}'.format(10**10)", "'{:>{}}'.format('x', 4)",
        "'{0}{0}'.format('ab')", "'{0[1][0]}'.format([1, [2, 3]])", "'{0[0]x}'.format([1])", "'{:%}'.format(0.25)",
        "'{x}'.format_map({'x': 1})", "'{}'.format_map({})", "'{x.imag}'.format_map({'x': 2j})", "'{x}'.format_map({})",
        "'{:c}'.format(128512)", "'{:^9}'.format('mid')", "'{!r}'.format('a\\nb')", "'{}'.format(None)", "'{:5}'.format(True)",
        "'{:}'.format(1)", "'{0:{0}}'.format(5)", "'{ }'.format(1)", "'{-1}'.format(1)", "'{0[-1]}'.format({'-1': 3})",
        "'{:=^10}'.format('x')", "'{:0=5}'.format(-3)", "'{:e}'.format(12345.6789)", "'{0:.{1}}'.format('abcdef', 3)",
        "'a{{b'.format()", "'{:{}}'.format('x', '^5')",
    ]


def str_method_cases():
    s = ["'hello world'", "'  a b  c '", "'a,b,,c'", "'ÉtÉ ß'", "''", "'Hello World'", "'x'"]
    out = []
    for x in s:
        out += [f"{x}.split()", f"{x}.split(',')", f"{x}.split(' ', 1)", f"{x}.rsplit(None, 1)", f"{x}.rsplit(',', 1)",
                f"{x}.strip()", f"{x}.lstrip()", f"{x}.rstrip(' c')", f"{x}.upper()", f"{x}.lower()", f"{x}.title()",
                f"{x}.capitalize()", f"{x}.swapcase()", f"{x}.casefold()", f"{x}.isalpha()", f"{x}.isupper()",
                f"{x}.islower()", f"{x}.istitle()", f"{x}.isspace()", f"len({x})", f"{x}.find('o')", f"{x}.rfind('o')",
                f"{x}.count('o')", f"{x}.replace('o', '0')", f"{x}.center(15, '*')", f"{x}.ljust(12)", f"{x}.rjust(12, '.')",
                f"{x}.zfill(14)", f"{x}.partition(' ')", f"{x}.rpartition(' ')", f"{x}.startswith('h')", f"{x}.endswith('d')",
                f"{x}.encode()", f"repr({x})", f"{x}[1:4]", f"{x}[::-1]", f"{x}[::2]", f"{x}[-1]", f"{x} * 2",
                f"{x}.expandtabs()", f"{x}.isidentifier()", f"{x}.isprintable()", f"{x}.isascii()"]
    out += [
        "'a,b,c'.split(',', maxsplit=1)", "'a b c'.split(maxsplit=1)", "'a b c'.split(sep=None, maxsplit=0)",
        "'  a  b  '.split(None, 1)", "'  a  b  '.rsplit(None, 1)", "'a  b'.split(' ')", "'abc'.split('')",
        "'a1b2c3'.split('2')", "'aaa'.split('a')", "'aaa'.rsplit('a', 1)", "'x'.split('x')", "''.split(',')",
        "'a\\nb\\r\\nc\\rd\\x0be\\x0cf\\x1cg\\x85h\\u2028i'.splitlines()", "'a\\nb\\r\\n'.splitlines(True)", "''.splitlines()",
        "'a\\n\\nb\\n'.splitlines()", "'xxhixx'.strip('x')", "'xyhiyx'.strip('xy')", "'  hi\\t\\n'.strip()", "'\\u3000hi\\xa0'.strip()",
        "'hi'.strip(None)", "'hi'.strip(1)", "'aaa'.replace('a', 'b', 2)", "'abc'.replace('', '-')", "'abc'.replace('', '-', 2)",
        "'abc'.replace('x', 'y')", "'abab'.replace('ab', '')", "'é'.replace('é', 'e')", "'abc'.replace('b', 'é')",
        "'hello'.find('l', 3)", "'hello'.find('l', -2)", "'hello'.find('l', 1, 3)", "'hello'.find('', 5)", "'hello'.find('', 6)",
        "'hello'.rfind('l', 0, 3)", "'hello'.index('z')", "'hello'.rindex('l')", "'héllo'.find('l')", "'héllo'.rfind('ll')",
        "'hello'.count('l', 3)", "'hello'.count('')", "'héllo'.count('')", "'aaaa'.count('aa')", "'hello'.count('', 2, 4)",
        "'hello'.startswith(('x', 'he'))", "'hello'.startswith('l', 2)", "'hello'.endswith('l', 0, 4)", "'hello'.startswith(1)",
        "'hello'.startswith(('a', 1))", "'hello'.endswith('')", "'hello'.startswith('', 6)", "'hello'.startswith('', 5)",
        "'abc'.center(6)", "'abc'.center(8, '*')", "'ab'.center(5)", "'a'.center(4, 'xy')", "'a'.center(5, 1)", "'a'.ljust()",
        "'-42'.zfill(6)", "'+42'.zfill(6)", "'42'.zfill(1)", "'-'.zfill(3)", "'a\\tbc\\td'.expandtabs()", "'a\\tb\\nc\\td'.expandtabs(4)",
        "'a\\tb'.expandtabs(0)", "'ab'.partition('')", "'abc'.partition('x')", "'abc'.rpartition('x')", "'a-b-c'.rpartition('-')",
        "'-'.join(['a', 'b', 'c'])", "''.join([])", "','.join('abc')", "'a'.join([1])", "'a'.join(5)", "'x'.join(['é', 'ü'])",
        "'abc'.removeprefix('ab')", "'abc'.removeprefix('x')", "'abc'.removesuffix('bc')", "'abc'.removeprefix(1)",
        "'ß'.upper()", "'ǅ'.lower()", "'ǅ'.upper()", "'ﬁ'.title()", "'ΣΑΣ'.lower()", "'ΑΣ Σ'.lower()", "'ß'.casefold()",
        "'ﬃ'.upper()", "'İ'.lower()", "'ŉ'.upper()", "'hello world'.title()", "\"they're bill's\".title()", "'aBC dEF'.capitalize()",
        "'ß'.capitalize()", "'ǆa'.capitalize()", "'ΣΑΣ'.swapcase()", "'123'.isdigit()", "'١٢٣'.isdigit()", "'²'.isdigit()",
        "'²'.isdecimal()", "'½'.isnumeric()", "'½'.isdigit()", "'abc123'.isalnum()", "'ab c'.isalnum()", "'Ⅻ'.isnumeric()",
        "'\\u2000'.isspace()", "'\\x1c'.isspace()", "'Abc Def'.istitle()", "'ABC'.isupper()", "'ǅ'.istitle()", "'ǅ'.isupper()",
        "'_a1'.isidentifier()", "'1a'.isidentifier()", "'é'.isidentifier()", "''.isidentifier()", "'a\\n'.isprintable()",
        "'\\xa0'.isprintable()", "' '.isprintable()", "'é'.isascii()", "'é'.encode('latin-1')", "'é'.encode('ascii')",
        "'aé€😀'.encode('ascii', 'replace')", "'aé€😀'.encode('ascii', 'ignore')", "'aé€'.encode('ascii', 'backslashreplace')",
        "'aé€'.encode('ascii', 'xmlcharrefreplace')", "'€'.encode('latin-1')", "'a'.encode('foo')", "'a'.encode(1)",
        "'€😀'.encode('utf-8')", "'é'.encode(encoding='UTF-8')", "'abc'.translate({97: 'x', 98: None, 99: 300})",
        "'abc'.translate({97: 1.5})", "'abc'.translate(str.maketrans('ab', 'xy', 'c'))", "'abc'.translate(1)",
        "str.maketrans({'a': 'b'})", "str.maketrans(1)", "str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})",
        "str.maketrans({1.5: 1})", "str.maketrans('a', 'b', 1)", "str.maketrans('ab', 'cd')",
        "'abc'[1]", "'abc'[-1]", "'abc'[5]", "'abc'[-4]", "'abc'[1.5]", "'abc'['a']", "'abc'[True]", "'héllo'[1]",
        "'héllo'[1:3]", "'héllo'[::-2]", "'abcdef'[1:5:2]", "'abcdef'[5:1:-2]", "'abc'[10:]", "'abc'[:-10]", "'abc'[::0]",
        "'abc'[-100:100]", "'abc'[slice(None, None, -1)]", "'abc'[2**100:]", "'abc'[2**100]",
        "'a' in 'abc'", "'' in 'abc'", "'é' in 'café'", "'x' not in 'abc'", "1 in 'a'", "'ab' < 'b'", "'a' < 'ab'",
        "'B' < 'a'", "'é' > 'z'", "'\\U0001f600' > '\\uffff'", "'a' == 'a'", "'a' < 1", "'a' == 1", "'e\\u0301' == 'é'",
        "'ab' + 'cd'", "'a' + 1", "'ab' * 3", "3 * 'ab'", "'ab' * -1", "'ab' * 0", "'a' * 'b'", "'ab' * (2**62)",
        "'ab' * (2**70)", "'ab' * True", "'a'.__mul__(1.5)", "'a'.__getitem__(1.5)", "'a'.__contains__(1)",
        "'a'.__add__(1)", "'a'.__rmul__(3)", "'a'.__len__(1)", "'a'.upper(1)",
        "repr('a\\'b')", "repr('a\"b')", "repr('a\\'b\"c')", "repr('\\\\')", "repr('\\t\\n\\r\\x00\\x7f')",
        "repr('\\x85\\xa0\\xad\\u200b\\u2028\\U0001f600\\U000e0001')", "repr('é€')", "repr('\\u0378')", "repr('\\ue000')",
        "ascii('é\\n')", "ascii('😀')", "ascii(1.5)", "ascii('a')",
        "chr(65)", "chr(0x1F600)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(1.5)", "chr(True)", "ord('a')", "ord('😀')",
        "ord('ab')", "ord('')", "ord(1)", "ord(b'a')", "ord(b'ab')",
        "str(1.5)", "str(10**20)", "str(-0.0)", "str(b'ab', 'ascii')", "str('a', 'utf-8')", "str(b'\\xc3\\xa9', 'utf-8')",
        "str(b'\\xff', 'utf-8', 'replace')", "str(1, 2, 3, 4)", "str()", "str(errors='x')", "str(None)", "str(True)",
        "str(1+2j)", "str(b'\\xff', encoding='latin-1')", "str(b'a', 'foo')",
        "list(iter('abc'))", "list(iter('héllo'))", "list(iter(''))",
        "hash('a') == hash('a')",
    ]
    return out


def bytes_cases():
    return [
        "b'\\xff'.decode()", "b'a\\xc3'.decode()", "b'\\xc3\\x28'.decode()", "b'\\xe2\\x82'.decode()", "b'\\xed\\xa0\\x80'.decode()",
        "b'\\xf5'.decode()", "b'\\x80abc'.decode('ascii')", "b'\\xffa'.decode('utf-8', 'replace')", "b'\\xffa'.decode('utf-8', 'ignore')",
        "b'\\xe9'.decode('latin-1')", "b'\\xf0\\x9f\\x98\\x80'.decode()", "b'\\xe2\\x82\\xac'.decode('utf-8')", "bytes(3)",
        "bytes(-1)", "bytes('a')", "bytes('é', 'utf-8')", "bytes([1, 256])", "bytes([1, 'a'])", "bytes(1.5)", "bytes([65, 66])",
        "bytes((1, 2))", "bytes(b'ab')", "bytes()", "bytes('a', encoding='ascii')", "bytes(1, 'utf-8')",
        "b'abc'[1]", "b'abc'[5]", "b'abc'[-1]", "b'abc'[::-1]", "b'abcdef'[1:5:2]", "b'a' in b'abc'", "97 in b'abc'",
        "300 in b'abc'", "'a' in b'abc'", "b'ab' * 3", "3 * b'ab'", "b'ab' + b'cd'", "b'a' + 1", "b'a,b'.split(b',')",
        "b' a b '.split()", "b'a b c'.split(None, 1)", "b'  ab '.strip()", "b'xxabxx'.strip(b'x')", "b'xxab'.lstrip(b'x')",
        "b'-'.join([b'a', b'b'])", "b'-'.join([b'a', 'b'])", "b'abc'.hex()", "b'abc'.hex(':')", "bytes.fromhex('61 62')",
        "bytes.fromhex('6')", "bytes.fromhex('zz')", "b'abc'.upper()", "b'ABC'.lower()", "b'hello'.replace(b'l', b'L')",
        "b'hello'.replace(b'l', b'L', 1)", "b'hello'.find(b'l')", "b'hello'.rfind(b'l')", "b'hello'.find(108)",
        "b'hello'.count(b'l')", "b'hello'.index(b'z')", "b'hello'.startswith(b'he')", "b'hello'.endswith((b'lo', b'x'))",
        "repr(b'\\x00\\t\\n\\r\\'\"\\\\\\x7f\\x80')", "repr(b\"'\")", "repr(b'')", "hash(b'abc') == hash('abc')",
        "b'a' < b'b'", "b'ab' < b'a'", "b'a' == 'a'", "b'a' == b'a'", "len(b'abc')", "list(iter(b'ab'))", "b'%s %d' % (b'a', 1)",
        "str(b'ab')", "b'abc'.decode('foo')", "b'ab'.isdigit()", "b'12'.isdigit()", "b'ab'.isalpha()", "b''.isalpha()",
    ]


def parse_cases():
    return [
        "int('0x1f', 16)", "int('0x_1f', 0)", "int('010', 0)", "int('00', 0)", "int('0_0', 0)", "int('1__0')", "int('_10')",
        "int('10_')", "int(' +12 ')", "int(' -12\\n')", "int('١٢')", "int('12', base=3)", "int(x='1')", "int('z', 36)",
        "int('Z', 36)", "int('-0b101', 0)", "int('0o17', 0)", "int('0o17', 8)", "int('0b1', 16)", "int('0x', 16)",
        "int(b'12')", "int('12', 1)", "int('12', 37)", "int('12', 0)", "int('', 10)", "int('  ')", "int('1 2')",
        "int('x')", "int('x', 16)", "int(2.5, 3)", "int(inf)", "int(nan)", "int('1' * 5000)", "int('1' * 4300)",
        "int('123456789012345678901234567890')", "int('-99999999999999999999')", "int('f' * 40, 16)", "int('1' * 100, 2)",
        "int('9223372036854775807')", "int('9223372036854775808')", "int('-9223372036854775808')", "int('-9223372036854775809')",
        "int(True)", "int()", "int(base=10)", "int(1j)", "int([1])", "int('1.5')", "int('1e5')", "int(12, 10)", "int('٣')",
        "int('٣', 16)", "int('1_000_000')", "int('0_7', 0)", "int('07', 8)", "int('\\u20071')",
        "float('inf')", "float('-Infinity')", "float(' nan ')", "float('1e5')", "float(' 1.5 ')", "float('1_0.5')",
        "float('1._5')", "float('x')", "float('')", "float('0x10')", "float('5.')", "float('.5')", "float('1e')", "float('.')",
        "float('1e500')", "float('-1e-500')", "float('1_000e1_0')", "float('+.5e-3')", "float('١.٥')", "float(10**400)",
        "float(2**63)", "float('  -0.0')", "float('0.1')", "float('2.2250738585072011e-308')", "float('4.9406564584124654e-324')",
        "float('1.7976931348623159e308')", "float('9007199254740993')", "float(b'1.5')", "float([1])", "float(True)", "float()",
        "float('infinity')", "float('infinit')", "float('1e+')", "float('+-5')", "float('1.5.2')",
        "float('-.5E-3')", "float('+5.')", "int('+5')", "int('-007')", "int('0')", "int('-0')", "float('nan1')", "float('1 5')", "float(1j)", "float('1__0')", "float('_1')",
        "complex('1+2j')", "complex('x')", "complex('  1.5  ')", "complex('(1+2j)')", "complex('1e5j')", "complex('-j')",
        "complex('j')", "complex('+j')", "complex(1j, 1j)", "complex('1', 2)", "complex(1, '2')", "complex()", "complex(1.5)",
        "complex(2, -3)", "complex('1e-3-2.5E+2j')", "complex('(1)')", "complex('( 1+1j )')", "complex('1+j')", "complex('inf-nanj')",
        "complex('1+2')", "complex('1j+2')", "complex(real=1, imag=2)", "complex(True)", "complex('')", "complex([1])",
    ]


def complex_cases():
    vals = ["1j", "1+2j", "-0.0-1j", "complex(1, nan)", "0j", "3.5", "2", "complex(0, -0.0)", "1e300+1e300j", "2-3j"]
    out = []
    for a in vals:
        for b in vals:
            for o in ["+", "-", "*", "/", "**", "=="]:
                out.append(f"({a}) {o} ({b})")
    for a in vals:
        out += [f"repr({a})", f"abs({a})", f"-({a})", f"({a}).conjugate()"]
        if "nan" not in a:
            out.append(f"hash({a})")
    out += [
        "1j // 1", "1j % 1", "divmod(1j, 1)", "1j < 2j", "1j ** 0.5", "0j ** -1", "(1e200j) ** 2", "pow(1j, 2, 3)",
        "abs(1e308+1e308j)", "abs(complex(inf, nan))", "(1+1j) ** -2", "(1+1j) ** 100", "(1+1j) ** 101", "(1+1j) ** 3.5",
        "1j ** 1j", "1j + True", "round(1j)", "1j == 1", "(2+0j) == 2", "(1+2j).real", "(1+2j).imag", "1j / 0", "1j / 0j",
        "(1+2j) / (3-4j)", "(1e300+1e300j) / (1e-300+1e-300j)", "0j ** 0j", "0j ** 2", "(-8) ** (1/3)", "complex(nan, nan) == complex(nan, nan)",
    ]
    return out


def math_cases():
    return [
        "math.sqrt(2)", "math.sqrt(-1)", "math.sqrt(inf)", "math.sqrt(-0.0)", "math.sqrt(10**400)", "math.sqrt('a')",
        "math.exp(1)", "math.exp(1000)", "math.exp(-1000)", "math.exp(nan)", "math.log(10)", "math.log(0)", "math.log(-1)",
        "math.log(8, 2)", "math.log(100, 10)", "math.log(10**400)", "math.log(2**1000, 2)", "math.log(1, 1)", "math.log(10, 0)",
        "math.log2(8)", "math.log2(2**100)", "math.log2(0)", "math.log10(1000)", "math.log10(10**300)", "math.log10(-5)",
        "math.log1p(1e-20)", "math.expm1(1e-10)", "math.pow(2, 10)", "math.pow(0.0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)",
        "math.pow(inf, 0)", "math.pow(nan, 0)", "math.pow(1, nan)", "math.sin(1)", "math.cos(1)", "math.tan(1)", "math.sin(inf)",
        "math.asin(2)", "math.acos(0.5)", "math.atan(1)", "math.atan2(1, -1)", "math.atan2(-0.0, -1)", "math.sinh(1)",
        "math.cosh(1)", "math.tanh(1)", "math.cosh(1000)", "math.asinh(1)", "math.acosh(0)", "math.atanh(1)",
        "math.floor(2.5)", "math.floor(-2.5)", "math.floor(inf)", "math.floor(10**30)", "math.floor(True)", "math.ceil(2.1)",
        "math.ceil(-2.1)", "math.ceil(nan)", "math.trunc(-2.7)", "math.trunc(2**70)", "math.trunc('a')", "math.fabs(-3)",
        "math.factorial(0)", "math.factorial(20)", "math.factorial(30)", "math.factorial(-1)", "math.factorial(2.0)",
        "math.factorial(5.5)", "math.gcd(12, 18)", "math.gcd(-12, 18)", "math.gcd()", "math.gcd(0, 0)", "math.gcd(2**100, 2**60 * 3)",
        "math.gcd(12, 18, 8)", "math.gcd(1.5, 2)", "math.lcm(4, 6)", "math.lcm(4, 6, 10)", "math.lcm()", "math.lcm(0, 5)",
        "math.lcm(-4, 6)", "math.isqrt(17)", "math.isqrt(10**40)", "math.isqrt(-1)", "math.isqrt(0)", "math.isqrt(2**127)",
        "math.comb(10, 3)", "math.comb(10, 11)", "math.comb(100, 50)", "math.comb(-1, 2)", "math.perm(5, 2)", "math.perm(5)",
        "math.perm(5, 6)", "math.hypot(3, 4)", "math.hypot()", "math.hypot(1, 2, 2)", "math.hypot(inf, nan)", "math.hypot(1e300, 1e300)",
        "math.copysign(1, -0.0)", "math.copysign(3, -2)", "math.fmod(7, 3)", "math.fmod(-7, 3)", "math.fmod(1, 0)",
        "math.fmod(inf, 1)", "math.modf(3.5)", "math.modf(-3.5)", "math.modf(inf)", "math.frexp(8)", "math.frexp(0.0)",
        "math.frexp(-3.5)", "math.ldexp(1, 10)", "math.ldexp(1, 2000)", "math.ldexp(1, -2000)", "math.isnan(nan)",
        "math.isinf(-inf)", "math.isfinite(1e308)", "math.isclose(1.0, 1.0 + 1e-10)", "math.isclose(1.0, 1.1)",
        "math.isclose(0.0, 1e-10, abs_tol=1e-9)", "math.isclose(1, 2, rel_tol=-1)", "math.isclose(inf, inf)",
        "math.degrees(math.pi)", "math.radians(180)", "math.fsum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])",
        "math.fsum([inf, 1])", "math.fsum([inf, -inf])", "math.fsum([1e308, 1e308])", "math.fsum([])", "sum([0.1] * 10)",
        "math.prod([1, 2, 3, 4])", "math.prod([])", "math.prod([1.5, 2])", "math.prod([2, 3], start=5)", "math.prod([2**40] * 3)",
        "math.dist((0, 0), (3, 4))", "math.dist((1,), (1, 2))", "math.dist([1, 2, 3], [4, 5, 6])", "math.pi", "math.e",
        "math.tau", "math.inf", "math.nan", "math.erf(0.5)", "math.erfc(0.5)", "math.gamma(5)", "math.gamma(0.5)",
        "math.gamma(0)", "math.gamma(-1)", "math.lgamma(10)", "math.sqrt(True)", "math.sqrt(2**1100)", "math.floor(-0.5)",
        "math.cbrt(27)", "math.exp2(10)", "math.nextafter(1.0, 2.0)", "math.ulp(1.0)", "math.remainder(5, 3)", "math.remainder(7, 2)",
        "math.copysign(nan, -1)", "math.log(0.0)", "math.log(-inf)", "math.log(inf)", "math.log(2**2000)", "math.log(-(2**2000))",
        "math.sin(1e300)", "math.tan(math.pi / 4)", "math.sqrt(0.25)", "math.exp(709)", "math.exp(710)",
    ]


def random_cases():
    return [
        "seed(42); random(); random(); random(); random(); random()",
        "seed(0); random(); random()", "seed(1); getrandbits(32); getrandbits(64); getrandbits(100); getrandbits(0)",
        "seed(42); randint(1, 10); randint(1, 10); randint(1, 10); randint(1, 100); randint(-5, 5)",
        "seed(123456789012345678901234567890); random(); random()", "seed(-5); random()", "seed(2**64); random()",
        "seed(42); randrange(10); randrange(5, 10); randrange(0, 100, 7); randrange(10, 0, -3)",
        "seed(42); choice([1, 2, 3, 4, 5]); choice('abcdef'); choice((7, 8))",
        "seed(42); shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])", "seed(7); shuffle(list(range(20)))",
        "seed(42); uniform(1, 5); uniform(-1, 1)", "seed(42); gauss(0, 1); gauss(0, 1); gauss(10, 2); gauss(0, 1)",
        "seed(42); sample(list(range(100)), 5); sample([1, 2, 3], 3); sample('abcdefgh', 4)",
        "seed(42); choices([1, 2, 3], k=5); choices('ab', weights=[1, 9], k=6); choices([1, 2], cum_weights=[1, 2], k=4)",
        "seed(3); randint(0, 2**70); randrange(2**100); getrandbits(1)", "seed(42); random(); seed(42); random()",
        "seed(0); choice([])", "seed(0); randrange(0)", "seed(0); randint(5, 1)", "seed(0); sample([1, 2], 3)",
        "seed(99); normalvariate(0, 1); normalvariate(5, 2); random()", "seed(5); expovariate(1.5); triangular(0, 10, 3)",
        "seed(12); betavariate(2, 3); gammavariate(2, 1); lognormvariate(0, 1); vonmisesvariate(1, 2); paretovariate(2); weibullvariate(1, 2)",
        "seed(8); randbytes(5)", "seed(100); random(); getrandbits(7); randint(1, 6); uniform(0, 1); gauss(0, 1); choice('xyz')",
        "seed(2**32 - 1); random()", "seed(2**32); random()", "seed(0.5); random()", "seed('hello'); random()",
        "seed(42); randrange(1, 2**64, 2)",
    ]


def hash_cases():
    vals = ["0", "1", "-1", "-2", "2**61 - 1", "2**61", "2**64", "-(2**64)", "2**100", "10**30", "0.5", "1e300", "-2.5",
            "inf", "-inf", "1e-300", "-1e-300", "3.14", "1.0", "-1.0", "2.0**61", "2.0**62", "1e20", "True", "False",
            "5e-324", "0.1", "-0.0", "123.456", "1e-5", "2**63 - 1", "-(2**63)", "1j", "1+2j", "-1.5-2.5j"]
    return [f"hash({v})" for v in vals]


def builtin_cases():
    return [
        "bin(10)", "bin(-10)", "bin(0)", "bin(2**70)", "bin(True)", "bin(1.5)", "oct(8)", "oct(-8)", "hex(255)", "hex(-255)",
        "hex(2**100)", "hex('a')", "(5).bit_length()", "(-5).bit_length()", "(0).bit_length()", "(2**100).bit_length()",
        "(-2**63).bit_length()", "(255).bit_count()", "(-255).bit_count()", "(2**100 - 1).bit_count()", "(5).to_bytes()",
        "(-1).to_bytes(2, 'little', signed=True)", "(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')",
        "(1024).to_bytes(4, 'big')", "(2**64).to_bytes(9, 'little')", "(-129).to_bytes(2, 'big', signed=True)",
        "(128).to_bytes(1, 'big', signed=True)", "(-128).to_bytes(1, 'big', signed=True)", "(0).to_bytes(0, 'big')",
        "(1).to_bytes(2, 'middle')", "(1).to_bytes(-1, 'big')", "int.from_bytes(b'\\xff\\x00', 'little', signed=True)",
        "int.from_bytes(b'\\x01\\x00', 'big')", "int.from_bytes(b'\\xff' * 10, 'big', signed=True)", "int.from_bytes(b'', 'big')",
        "int.from_bytes([1, 2], 'little')", "int.from_bytes(b'\\x80')", "(10).as_integer_ratio()", "(-10).as_integer_ratio()",
        "(5).conjugate()", "(5).real", "(5).imag", "(5).numerator", "(5).denominator", "(2**100).numerator", "True.real",
        "(5).__trunc__()", "(5).__floor__()", "(5).__ceil__()", "(5).__round__()", "(-15).__round__(-1)", "(2**100).__index__()",
        "bool(0)", "bool(2)", "bool('')", "bool(0.0)", "bool(1j)", "bool()", "bool(x=1)", "bool(1, 2)", "float(2, 3)", "float(x=1)",
        "int(5.5)", "int('  7  ')", "repr(True)", "str(False)", "repr(10**4300)", "repr(10**4299)", "str(10**5000)",
        "str(-10**4299)", "repr(2**14300)", "format(10**4300, 'd')", "hex(10**500)", "'%d' % 10**5000", "int('9' * 4301)",
    ]


def write(name, cases):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(cases, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(f"{path}: {len(cases)} cases")


def main():
    sys.set_int_max_str_digits(4300)
    write("ints", [case(s) for s in int_cases()])
    write("floats", [case(s) for s in float_cases()])
    reprs = []
    for src, x in repr_cases():
        env = dict(ENV, x=x)
        reprs.append(case(src, env))
    write("float_reprs", reprs)
    write("format", [case(s) for s in format_cases() + digit_sweep()])
    write("percent", [case(s) for s in percent_cases()])
    write("str_format", [case(s) for s in str_format_cases()])
    write("str_methods", [case(s) for s in str_method_cases()])
    write("bytes", [case(s) for s in bytes_cases()])
    write("parse", [case(s) for s in parse_cases()])
    write("complex", [case(s) for s in complex_cases()])
    write("math", [case(s) for s in math_cases()])
    write("random", [sequence(s) for s in random_cases()])
    write("hash", [case(s) for s in hash_cases()])
    write("builtins", [case(s) for s in builtin_cases()])


if __name__ == "__main__":
    main()
