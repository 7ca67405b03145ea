import Testing

@Test func PySyntaxBuilds() { #expect(Bool(true)) }
