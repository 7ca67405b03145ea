import Foundation
import JitbookTestSupport
import PyBytecode
import PyRuntime
import Testing

/// Bad input must never crash or hang the interpreter: 5,000 programs made by cutting,
/// duplicating, shuffling and splicing the tokens of the corpus go through the parser, the
/// compiler and the eval loop, each under a time budget enforced with the interrupt flag the
/// REPL's Ctrl-C sets. Every one must end in a value or a Python exception.
@Suite(.serialized) struct ProgramFuzzTests {
    static let programCount = 5_000
    /// Wall-clock budget of one program before the watchdog raises KeyboardInterrupt in it.
    static let budget: TimeInterval = 0.02

    @Test func mutatedProgramsEndInAResultOrAPythonException() throws {
        let seeds = try Self.seedPrograms()
        #expect(seeds.count >= 50)
        var outcomes = Outcomes()
        // Deep recursion maps onto the Swift stack: run on a thread with the CLI's 1 GiB.
        runOnLargeStack {
            outcomes = Self.run(seeds: seeds)
        }
        #expect(outcomes.total == Self.programCount)
        // Not a vacuous test: many mutants still parse, and a good share runs to the end.
        #expect(outcomes.compiled > Self.programCount / 10, "\(outcomes)")
        #expect(outcomes.completed > Self.programCount / 20, "\(outcomes)")
        #expect(outcomes.syntaxErrors > Self.programCount / 10, "\(outcomes)")
    }

    struct Outcomes: CustomStringConvertible {
        var total = 0, compiled = 0, completed = 0, syntaxErrors = 0, interrupted = 0
        var exceptions: [String: Int] = [:]
        var description: String {
            "\(total) programs: \(syntaxErrors) syntax errors, \(compiled) compiled, \(completed) "
                + "completed, \(interrupted) interrupted; exceptions \(exceptions.sorted { $0.key < $1.key })"
        }
    }

    /// The corpus programs that need no stdin, files or a raised recursion limit.
    static func seedPrograms() throws -> [String] {
        let dir = TestPaths.fixtures("programs")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") && !$0.hasPrefix("m_") }.sorted()
        return try names.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
            .filter { !$0.contains("input(") && !$0.contains("open(") && !$0.contains("stdin")
                && !$0.contains("setrecursionlimit") }
    }

    static func run(seeds: [String]) -> Outcomes {
        let interp = Interpreter.shared
        let sink = interp.prepareMain(argv: ["fuzz.py"], scriptDirectory: TestPaths.fixtures("programs").path)
        // Output goes nowhere: a class with `write` replaces sys.stdout and sys.stderr.
        try? interp.runSource("""
            import sys
            class _Sink:
                def write(self, s): return len(s)
                def flush(self): pass
            sys.stdout = sys.stderr = _Sink()
            """, filename: "<fuzz setup>", globals: sink)
        let watchdog = Watchdog()
        var rng = SplitMix64(seed: 0x5eed_2026)
        var mutator = Mutator(seeds: seeds)
        var outcomes = Outcomes()
        for _ in 0..<programCount {
            let source = mutator.mutant(using: &rng)
            outcomes.total += 1
            interp.recursionLimit = 1000
            let globals = PyDict()
            globals.setItem("__name__", .str("__main__"))
            let code: CodeObject
            do throws(PyException) {
                code = try interp.compileSource(source, filename: "<fuzz>", mode: .exec)
            } catch {
                let name = error.type.name
                if ["SyntaxError", "IndentationError", "TabError"].contains(name) {
                    outcomes.syntaxErrors += 1
                } else {
                    outcomes.exceptions[name, default: 0] += 1
                }
                continue
            }
            outcomes.compiled += 1
            watchdog.arm(after: budget)
            do throws(PyException) {
                _ = try interp.runCode(code, globals: globals, locals: globals)
                outcomes.completed += 1
            } catch {
                if error.matches(Types.keyboardInterrupt) { outcomes.interrupted += 1 }
                outcomes.exceptions[error.type.name, default: 0] += 1
            }
            watchdog.disarm()
            Interpreter.interruptRequested = false
        }
        watchdog.stop()
        return outcomes
    }
}

/// Sets `Interpreter.interruptRequested` while an armed deadline has passed, as a Ctrl-C
/// handler would; re-sets it if the program swallowed the KeyboardInterrupt.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var deadline: Date?
    private var stopped = false

    init() {
        Thread.detachNewThread { [self] in
            while true {
                lock.lock()
                let (d, s) = (deadline, stopped)
                lock.unlock()
                if s { return }
                if let d, Date() > d { Interpreter.interruptRequested = true }
                Thread.sleep(forTimeInterval: 0.002)
            }
        }
    }

    func arm(after seconds: TimeInterval) { set(Date().addingTimeInterval(seconds)) }
    func disarm() { set(nil) }
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private func set(_ d: Date?) {
        lock.lock()
        deadline = d
        lock.unlock()
    }
}

/// Makes mutants of the seed programs from their tokens: Python source split into lines of
/// tokens (strings kept whole, indentation kept), then cut, duplicated, shuffled or spliced.
struct Mutator {
    typealias Line = (indent: String, tokens: [String])
    let programs: [[Line]]

    init(seeds: [String]) {
        programs = seeds.map { source in
            source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let indent = String(line.prefix { $0 == " " || $0 == "\t" })
                return (indent, Self.tokens(of: String(line.dropFirst(indent.count))))
            }
        }
    }

    mutating func mutant(using rng: inout SplitMix64) -> String {
        var lines = programs[rng.below(programs.count)]
        for _ in 0..<(1 + rng.below(3)) {
            guard !lines.isEmpty else { break }
            let i = rng.below(lines.count)
            switch rng.below(6) {
            case 0:  // cut some tokens of a line
                var t = lines[i].tokens
                if !t.isEmpty {
                    let a = rng.below(t.count)
                    t.removeSubrange(a..<min(t.count, a + 1 + rng.below(3)))
                }
                lines[i].tokens = t
            case 1:  // cut whole lines
                lines.removeSubrange(i..<min(lines.count, i + 1 + rng.below(4)))
            case 2:  // duplicate lines
                let j = min(lines.count, i + 1 + rng.below(3))
                lines.insert(contentsOf: lines[i..<j], at: j)
            case 3:  // shuffle the tokens of a line
                var t = lines[i].tokens
                for k in stride(from: t.count - 1, to: 0, by: -1) { t.swapAt(k, rng.below(k + 1)) }
                lines[i].tokens = t
            case 4:  // duplicate a token in place
                var t = lines[i].tokens
                if !t.isEmpty {
                    let a = rng.below(t.count)
                    t.insert(t[a], at: a)
                }
                lines[i].tokens = t
            default:  // splice a line of another program
                let other = programs[rng.below(programs.count)]
                if !other.isEmpty { lines.insert(other[rng.below(other.count)], at: i) }
            }
        }
        return lines.map { $0.indent + $0.tokens.joined(separator: " ") }.joined(separator: "\n")
    }

    static let operators: Set<String> = [
        "==", "!=", "<=", ">=", "**", "//", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        ":=", "<<", ">>", "**=", "//=", "<<=", ">>=", "@=",
    ]

    /// Identifiers and numbers, string literals (with their prefix), or single characters.
    static func tokens(of line: String) -> [String] {
        let chars = Array(line)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" {
                i += 1
            } else if c == "#" {
                break
            } else if c == "\"" || c == "'" {
                let end = closingQuote(chars, from: i)
                out.append(String(chars[i..<end]))
                i = end
            } else if c.isLetter || c.isNumber || c == "_" || c == "." {
                var j = i
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "." {
                    j += 1
                }
                if j < chars.count, chars[j] == "\"" || chars[j] == "'", j - i <= 2 {
                    j = closingQuote(chars, from: j)  // a prefixed string: f"...", rb'...'
                }
                out.append(String(chars[i..<j]))
                i = j
            } else {
                // Operators of two or three characters stay whole (`!=`, `**=`, `->`).
                var j = i + 1
                while j < chars.count, j - i < 3, operators.contains(String(chars[i...j])) { j += 1 }
                out.append(String(chars[i..<j]))
                i = j
            }
        }
        return out
    }

    private static func closingQuote(_ chars: [Character], from start: Int) -> Int {
        let q = chars[start]
        var j = start + 1
        while j < chars.count, chars[j] != q {
            j += chars[j] == "\\" ? 2 : 1
        }
        return min(chars.count, j + 1)
    }
}

/// A small deterministic generator (SplitMix64), so a failing mutant can be reproduced.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
}

/// Runs `body` on a thread with a 1 GiB stack and waits for it.
func runOnLargeStack(_ body: @escaping () -> Void) {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) let work = body
    let thread = Thread {
        work()
        done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
}
