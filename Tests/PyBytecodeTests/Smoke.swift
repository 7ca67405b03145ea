import Testing

@Test func PyBytecodeBuilds() { #expect(Bool(true)) }
