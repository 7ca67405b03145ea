import Testing

@Test func PyRuntimeBuilds() { #expect(Bool(true)) }
