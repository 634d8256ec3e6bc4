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
