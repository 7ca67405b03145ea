import Foundation
import Testing
import PySyntax

/// Mutated fixture programs must always end in a tree or a SyntaxError: no crash, no hang.
@Suite struct FuzzTests {
    /// SplitMix64: a seeded generator, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The fixture sources cut into token-sized pieces (with the text between tokens kept).
    static func corpus() throws -> [[String]] {
        var out: [[String]] = []
        for name in SyntaxFixtures.names("ok") {
            let source = try SyntaxFixtures.source("ok", name)
            var tokenizer = Tokenizer(source, trivia: true)
            let bytes = Array(source.utf8)
            var pieces: [String] = []
            var last = 0
            for token in tokenizer.tokenize() where token.kind != .endMarker {
                let s = Int(token.start), e = Int(token.end)
                guard s >= last, e <= bytes.count, s <= e else { continue }
                if s > last { pieces.append(String(decoding: bytes[last..<s], as: UTF8.self)) }
                if e > s { pieces.append(String(decoding: bytes[s..<e], as: UTF8.self)) }
                last = e
            }
            if last < bytes.count {
                pieces.append(String(decoding: bytes[last...], as: UTF8.self))
            }
            out.append(pieces)
        }
        return out
    }

    /// One random edit: cut, duplicate, swap or move pieces, truncate, or splice in a piece
    /// from another program.
    static func mutate(_ pieces: [String], _ pool: [[String]],
                       _ rng: inout SeededGenerator) -> String {
        var p = pieces
        guard !p.isEmpty else { return "" }
        let edits = Int.random(in: 1...4, using: &rng)
        for _ in 0..<edits where !p.isEmpty {
            let i = Int.random(in: 0..<p.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: p.remove(at: i)
            case 1: p.insert(p[i], at: i)
            case 2:
                let j = Int.random(in: 0..<p.count, using: &rng)
                p.swapAt(i, j)
            case 3: p.removeSubrange(i...)
            case 4:
                let other = pool[Int.random(in: 0..<pool.count, using: &rng)]
                if let piece = other.randomElement(using: &rng) { p.insert(piece, at: i) }
            default:
                let j = Int.random(in: 0..<p.count, using: &rng)
                let piece = p.remove(at: i)
                p.insert(piece, at: min(j, p.count))
            }
        }
        return p.joined()
    }

    @Test func mutatedProgramsEndInTreeOrSyntaxError() throws {
        let pool = try Self.corpus()
        #expect(pool.count >= 40)
        var rng = SeededGenerator(state: 0x5EED_2025)
        var parsed = 0, failed = 0
        let started = Date()
        for round in 0..<3000 {
            let pieces = pool[round % pool.count]
            let source = Self.mutate(pieces, pool, &rng)
            let mode: ParseMode = round % 10 == 0 ? .single : round % 10 == 1 ? .eval : .exec
            do {
                let mod = try parse(source, filename: "fuzz.py", mode: mode)
                _ = dumpAST(mod, includeAttributes: true)
                parsed += 1
            } catch {
                failed += 1
                #expect(!error.message.isEmpty)
                #expect(error.lineno >= 0 && error.endLineno >= -1)
            }
        }
        #expect(parsed + failed == 3000)
        #expect(parsed > 0 && failed > 0)
        #expect(Date().timeIntervalSince(started) < 60, "fuzzing took too long")
    }

    /// Random bytes from a small alphabet of Python punctuation, keywords and quotes.
    @Test func randomTokenSoupEndsInTreeOrSyntaxError() {
        let alphabet = ["(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "=", "+", "-", "*",
                        "**", "/", "//", "%", "@", "<", ">", "==", "!=", ":=", "->", "'", "\"",
                        "'''", "f'", "{x}", "\\", "\n", "\n    ", "\t", " ", "#c", "x", "1",
                        "1.5", "0x", "1e", "if", "else", "elif", "for", "in", "while", "def",
                        "class", "lambda", "yield", "not", "and", "or", "is", "return", "try",
                        "except", "finally", "with", "as", "import", "from", "del", "pass",
                        "global", "é", "€", "\u{0}", "async", "await", "..."]
        var rng = SeededGenerator(state: 42)
        for _ in 0..<2000 {
            let n = Int.random(in: 1...40, using: &rng)
            var s = ""
            for _ in 0..<n { s += alphabet.randomElement(using: &rng)! }
            do {
                _ = try parse(s, filename: "soup.py")
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }
}
