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

    func testAPhraseMayBeMatchedAcrossQuotationMarksInsideIt() {
        let table = PhraseTable(
            [("no objection to", 1), ("objection", 2), ("voted \"no\"", 3)],
            passingOver: ["\"", "\u{201C}", "\u{201D}"])
        var bytes = Array(
            "had \"no objection\" to it; \u{201C}no objection\u{201D} to; voted \"no\"".utf8)
        let matches = bytes.withUnsafeMutableBufferPointer { buffer -> [Int] in
            let view = UnsafeBufferPointer(buffer)
            return table.matches(Tokenizer.tokens(view, in: 0..<view.count)).map(\.payload)
        }
        XCTAssertEqual(matches, [1, 1, 3])
        // Without passing over quotation marks, one ends the phrase.
        let plain = PhraseTable([("no objection to", 1), ("objection", 2)])
        var quoted = Array("had \"no objection\" to it".utf8)
        let plainMatches = quoted.withUnsafeMutableBufferPointer { buffer -> [Int] in
            let view = UnsafeBufferPointer(buffer)
            return plain.matches(Tokenizer.tokens(view, in: 0..<view.count)).map(\.payload)
        }
        XCTAssertEqual(plainMatches, [2])
    }

    func testWordsPassedOverMayStandInsideAPhraseButNotAtItsEnds() {
        let table = PhraseTable(
            [("was required", 1), ("ruled out", 2)], passingOver: ["urgently", "firmly"])
        var bytes = Array(
            "it was urgently required; firmly ruled out; ruled firmly out; was required urgently"
                .utf8)
        let matches = bytes.withUnsafeMutableBufferPointer { buffer -> [Int] in
            let view = UnsafeBufferPointer(buffer)
            return table.matches(Tokenizer.tokens(view, in: 0..<view.count)).map(\.length)
        }
        // Lengths: the adverb inside counts in the match, one before it does not.
        XCTAssertEqual(matches, [3, 2, 3, 2])
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

    func testAPairIsATwoWordPhraseWhoseWordsStandApart() {
        let table = PhraseTable([("let go", 1), ("let", 2), ("called for", 3), ("let them go", 4)])
        var bytes = Array("let 39 Palestinians go , called in a statement for".utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer { buffer in
            Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count)
        }
        XCTAssertEqual(table.pair(tokens[0], tokens[3]), 1)
        XCTAssertEqual(table.pair(tokens[5], tokens[9]), 3)
        // One word alone, or the first two words of a longer phrase, make no pair.
        XCTAssertNil(table.pair(tokens[0], tokens[1]))
        XCTAssertNil(table.pair(tokens[3], tokens[0]))
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
