import Foundation
import PyRuntime

/// `%timeit`, `%%timeit`, `%time`, `%%time`, with IPython's algorithm and output.
extension Shell {
    struct TimeitOptions {
        var number = 0          // loops per run; 0: find it
        var runs = 7
        var quiet = false
        var returnResult = false
        var precision = 3
        var statement = ""
    }

    /// Splits `-n 100 -r 3 -q -o stmt` (also `-n100`) into options and the statement.
    func parseTimeitOptions(_ line: String) throws(PyException) -> TimeitOptions {
        var options = TimeitOptions()
        var rest = Substring(line)
        func nextWord() -> Substring {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            let word = rest.prefix(while: { $0 != " " && $0 != "\t" })
            rest = rest.dropFirst(word.count)
            return word
        }
        while true {
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix("-"), trimmed.count >= 2 else { break }
            var word = nextWord()
            word.removeFirst()
            while let flag = word.first {
                word.removeFirst()
                switch flag {
                case "q": options.quiet = true
                case "o": options.returnResult = true
                case "t", "c": break
                case "n", "r", "p":
                    let value = word.isEmpty ? nextWord() : word
                    word = ""
                    guard let n = Int(value) else {
                        throw usageError("option -\(flag) requires an integer argument")
                    }
                    switch flag {
                    case "n": options.number = n
                    case "r": options.runs = n
                    default: options.precision = n
                    }
                default:
                    throw usageError("option -\(flag) not recognized")
                }
            }
        }
        options.statement = String(rest.drop(while: { $0 == " " || $0 == "\t" }))
        return options
    }

    /// `%timeit [options] statement` or, as a cell magic, the line as setup and the cell body
    /// as the statement.
    func timeit(line: String, cell: String?) throws(PyException) -> PyValue {
        var options = try parseTimeitOptions(line)
        var setup = "pass"
        if let cell {
            if !options.statement.isEmpty { setup = options.statement }
            options.statement = cell
        }
        if options.statement.allSatisfy(\.isWhitespace) { return .none }
        let compileStart = Date()
        let inner = try timingFunction(setup: setup, statement: options.statement)
        let compileTime = Date().timeIntervalSince(compileStart)
        let timer = try Protocol.getAttr(try interpreter.loadModule("time"), Names.intern("perf_counter"))
        let range = Runtime.builtins.lookup("range")!
        func run(_ loops: Int) throws(PyException) -> Double {
            let seconds = try Protocol.call(inner, [try Protocol.call(range, [.int(loops)]), timer])
            return seconds.asDouble ?? 0
        }
        var number = options.number
        if number <= 0 {
            // 1, 10, 100, ... loops until one batch takes at least 0.2 s.
            number = 1
            for exponent in 0..<10 {
                number = Int(pow(10.0, Double(exponent)))
                if try run(number) >= 0.2 { break }
            }
        }
        var runs: [PyValue] = []
        for _ in 0..<max(options.runs, 1) { runs.append(.float(try run(number))) }
        let seconds = runs.compactMap(\.asDouble)
        let best = (seconds.min() ?? 0) / Double(number)
        let worst = (seconds.max() ?? 0) / Double(number)
        let resultType = shellHelpers!.lookup("TimeitResult")!
        let result = try Protocol.call(resultType, [.int(number), .int(options.runs), .float(best), .float(worst),
                                                    .object(PyList(runs)), .float(compileTime), .int(options.precision)])
        if !options.quiet {
            if worst > 4 * best && best > 0 && worst > 1e-6 {
                try Output.writeToSysStdout(String(format: "The slowest run took %0.2f times longer than the fastest. "
                    + "This could mean that an intermediate result is being cached.\n", worst / best))
            }
            try Output.writeToSysStdout(try Protocol.str(result) + "\n")
            if compileTime > 0.1 {
                try Output.writeToSysStdout("Compiler time: \(String(format: "%.2f", compileTime)) s\n")
            }
        }
        return options.returnResult ? result : .none
    }

    /// The timing function IPython's template makes: the setup once, then the statement in a loop
    /// between two timer reads; it returns the seconds taken. Its globals are the user's.
    private func timingFunction(setup: String, statement: String) throws(PyException) -> PyValue {
        func indented(_ code: String, _ prefix: String) -> String {
            code.split(separator: "\n", omittingEmptySubsequences: false)
                .map { prefix + $0 }.joined(separator: "\n")
        }
        let source = """
        def inner(_it, _timer):
        \(indented(CellTransformer.transform(setup), "    "))
            _t0 = _timer()
            for _i in _it:
        \(indented(CellTransformer.transform(statement), "        "))
            _t1 = _timer()
            return _t1 - _t0
        """
        let locals = PyDict()
        let code = try interpreter.compileSource(source, filename: "<magic-timeit>", mode: .exec)
        _ = try interpreter.runCode(code, globals: namespace, locals: locals)
        return locals.lookup("inner")!
    }

    /// `%time statement` / `%%time`: runs it once and prints CPU and wall time; an expression's
    /// value is returned (so it shows as `Out[n]`).
    func time(_ source: String) throws(PyException) -> PyValue {
        if source.allSatisfy(\.isWhitespace) { return .none }
        let filename = "<timed exec>"
        SourceCache.register(filename: filename, source: source + "\n")
        let transformed = CellTransformer.transform(source)
        let compileStart = Date()
        let (body, last) = try compileCell(transformed, filename: filename)
        let compileTime = Date().timeIntervalSince(compileStart)
        let (userStart, systemStart) = Self.cpuTimes()
        let wallStart = Date()
        var value: PyValue = .none
        var failure: PyException?
        do throws(PyException) {
            if let body { _ = try interpreter.runCode(body, globals: namespace, locals: namespace) }
            if let last { value = try interpreter.runCode(last, globals: namespace, locals: namespace) }
        } catch {
            failure = error
        }
        let wall = Date().timeIntervalSince(wallStart)
        let (userEnd, systemEnd) = Self.cpuTimes()
        let user = userEnd - userStart, system = systemEnd - systemStart
        try Output.writeToSysStdout("CPU times: user \(TimeFormat.duration(user)), sys: \(TimeFormat.duration(system)), "
            + "total: \(TimeFormat.duration(user + system))\nWall time: \(TimeFormat.duration(wall))\n")
        if compileTime > 0.1 { try Output.writeToSysStdout("Compiler : \(TimeFormat.duration(compileTime))\n") }
        if let failure { throw failure }
        return value
    }

    /// User and system CPU seconds of this process so far.
    static func cpuTimes() -> (Double, Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }
}
