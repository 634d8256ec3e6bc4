import XCTest

@testable import FactExtraction

final class PhraseTableTests: XCTestCase {
    func testLongestPhraseWinsAndMatchesDoNotOverlap() {
        let table = PhraseTable([("more", 1), ("more than", 2), ("than", 3)])
        var bytes = Array("more than 200 and more".utf8)
        let matches = bytes.withUnsafeMutableBufferPointer { buffer -> [Int] in
            let view = UnsafeBufferPointer(buffer)
            return table.matches(Tokenizer.tokens(view, in: 0..<view.count)).map(\.payload)
        }
        XCTAssertEqual(matches, [2, 1])
    }

    func testAcronymsMatchOnlyCapitalizedWords() {
        let table = PhraseTable([
            ("WHO", "United Nations"), ("US", "United States"), ("UN agencies", "UN"),
        ])
        var bytes = Array("The WHO, who told us the US and UN agencies".utf8)
        let matches = bytes.withUnsafeMutableBufferPointer { buffer -> [String] in
            let view = UnsafeBufferPointer(buffer)
            return table.matches(Tokenizer.tokens(view, in: 0..<view.count)).map(\.payload)
        }
        XCTAssertEqual(matches, ["United Nations", "United States", "UN"])
    }

    func testFirstPayloadWinsForDuplicates() {
        let table = PhraseTable([("held", "a"), ("Held", "b")])
        var bytes = Array("held".utf8)
        let payload = bytes.withUnsafeMutableBufferPointer { buffer in
            table.matches(Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count))
                .first?.payload
        }
        XCTAssertEqual(payload, "a")
    }
}
