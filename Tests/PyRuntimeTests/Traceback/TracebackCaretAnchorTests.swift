import Foundation
import JitbookTestSupport
import Testing
@testable import PyRuntime

extension RuntimeIOTests {
    /// The segment analysis that replaces CPython's re-parse: the root shape of each segment in
    /// Tests/Fixtures/tracebacks/segments/shapes.json must be what `ast.parse` found.
    @Suite struct TracebackCaretAnchorTests {
        static let cases: [(segment: String, shape: SegmentShape?)] = {
            let url = TracebackFixture.directory.appendingPathComponent("segments/shapes.json")
            guard let data = try? Data(contentsOf: url),
                  let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
            return list.map { item in
                let segment = item["segment"] as! String
                let shape = item["shape"] as? [String: [Int]]
                if let b = shape?["binop"] { return (segment, .binOp(leftEnd: b[0], rightStart: b[1])) }
                if let s = shape?["subscript"] { return (segment, .subscript(valueEnd: s[0], sliceEnd: s[1])) }
                return (segment, nil)
            }
        }()

        @Test func thereAreSegments() {
            #expect(Self.cases.count >= 50)
        }

        @Test(arguments: Self.cases.map(\.segment))
        func rootShapeMatchesTheParser(_ segment: String) {
            let expected = Self.cases.first { $0.segment == segment }!.shape
            let tokens = SegmentTokenizer.tokenize(Array(segment.utf8))
            let shape = tokens.flatMap { SegmentShape.root($0) }
            #expect(shape == expected, "\(segment)")
        }

        @Test func operatorAnchorsFollowCPython() {
            // `(a)+(b)`: the `)` closing the left operand is passed over but leaves the anchor
            // two characters wide, as python3 3.11.7 prints `~~~^^~~`.
            let a = CaretAnchors.extract(Array("(a)+(b)".utf8))
            #expect(a == CaretAnchors(left: 3, right: 5, primary: "~", secondary: "^"))
            let b = CaretAnchors.extract(Array("a // b".utf8))
            #expect(b == CaretAnchors(left: 2, right: 4, primary: "~", secondary: "^"))
            let c = CaretAnchors.extract(Array("x [ 0 ] [ 9 ]".utf8))
            #expect(c == CaretAnchors(left: 8, right: 13, primary: "~", secondary: "^"))
            #expect(CaretAnchors.extract(Array("f(x)".utf8)) == nil)
        }

        @Test func characterOffsetsCountCodePoints() {
            let line = Array("ñame = 1".utf8)
            #expect(TracebackPrinter.characterOffset(line, 2) == 1)
            #expect(TracebackPrinter.characterOffset(line, 3) == 2)
            // Past the end counts the terminating NUL, as CPython's helper does.
            #expect(TracebackPrinter.characterOffset(line, 100) == 9)
            #expect(EastAsianWidth.width("日") == 2)
            #expect(EastAsianWidth.width("a") == 1)
            #expect(EastAsianWidth.width("ñ") == 1)
        }
    }
}
