import Testing
import PySyntax

/// The tokenizer as colouring and completion will use it.
@Suite struct TokenizerTests {
    func kinds(_ source: String, trivia: Bool = false) -> [TokenKind] {
        var t = Tokenizer(source, trivia: trivia)
        return t.tokenize().map(\.kind)
    }

    @Test func indentationAndKeywords() {
        #expect(kinds("if x:\n    pass\n") == [.kwIf, .name, .colon, .newline, .indent, .kwPass,
                                               .newline, .dedent, .endMarker])
    }

    @Test func operatorsAreLongestMatch() {
        #expect(kinds("a **= b // c ... -> :=") == [.name, .doubleStarEqual, .name, .doubleSlash,
                                                    .name, .ellipsis, .rarrow, .colonEqual,
                                                    .newline, .endMarker])
    }

    @Test func triviaTokensForColouring() {
        #expect(kinds("x = 1  # note\n\n(\n)\n", trivia: true) ==
            [.name, .equal, .number, .comment, .newline, .nl, .lpar, .nl, .rpar, .newline,
             .endMarker])
    }

    @Test func tokenTextAndPositions() {
        var t = Tokenizer("x = f'{a}' + 0x_1F\n")
        let tokens = t.tokenize()
        #expect(t.text(of: tokens[2]) == "f'{a}'")
        #expect(tokens[2].colOffset == 4 && tokens[2].endColOffset == 10)
        #expect(t.text(of: tokens[4]) == "0x_1F")
        #expect(t.error == nil)
    }

    @Test func errorsStopTheStream() {
        var t = Tokenizer("x = 'open\n")
        let tokens = t.tokenize()
        #expect(tokens.last?.kind == .errorToken)
        #expect(t.error?.message == "unterminated string literal (detected at line 1)")
    }

    @Test func keywordsAreNotSoftKeywords() {
        #expect(kinds("match case _ type") == [.name, .name, .name, .name, .newline, .endMarker])
        #expect(TokenKind.kwLambda.isKeyword && !TokenKind.name.isKeyword)
    }
}
