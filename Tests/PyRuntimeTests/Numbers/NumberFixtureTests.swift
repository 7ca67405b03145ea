import Testing
@testable import PyRuntime

/// Every numbers-and-strings suite, nested here so none runs concurrently with another: the
/// runtime is single-threaded (interned names, type lookup caches), and `.serialized` only
/// orders the tests inside one suite and its children.
@Suite(.serialized) struct NumbersAndStrings {}

/// CPython 3.11's answers for thousands of number and string operations
/// (`scripts/gen_number_fixtures.py`), replayed through our natives.
extension NumbersAndStrings {
    @Suite struct NumberFixtureTests {
        @Test(arguments: ["ints", "floats", "float_reprs", "format", "percent", "str_format", "str_methods",
                          "bytes", "parse", "complex", "math", "random", "hash", "builtins"])
        func fixture(_ name: String) throws {
            let (count, failures) = try FixtureRunner.run(name)
            #expect(count > 0, "no cases in \(name).json")
            for f in failures.prefix(60) {
                Issue.record("\(f)")
            }
            if failures.count > 60 { Issue.record("\(name): \(failures.count - 60) more failures") }
        }
    }
}
