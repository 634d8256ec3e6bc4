import XCTest

@testable import FactExtraction

final class TokenizerTests: XCTestCase {
    func words(_ text: String) -> [String] {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            let view = UnsafeBufferPointer(buffer)
            return Tokenizer.tokens(view, in: 0..<view.count).map { token in
                token.hash == Tokenizer.notHash
                    ? "not"
                    : String(
                        decoding: UnsafeBufferPointer(rebasing: view[token.start..<token.end]),
                        as: UTF8.self)
            }
        }
    }

    func testSplitsPossessivesAndNegations() {
        XCTAssertEqual(
            words("Israel's army didn't say"), ["Israel", "'s", "army", "did", "not", "say"])
        XCTAssertEqual(words("Israel’s forces"), ["Israel", "’s", "forces"])
    }

    func testKeepsNumbersAndHyphenatedWordsWhole() {
        XCTAssertEqual(
            words("1,400 people; a cease-fire (2.5 million)."),
            ["1,400", "people", ";", "a", "cease-fire", "(", "2.5", "million", ")", "."])
    }

    func testBracketsAroundAFigureAloneAreLeftOut() {
        XCTAssertEqual(
            words("killed (43) people and hurt (1,055)."),
            ["killed", "43", "people", "and", "hurt", "1,055", "."])
        // Brackets around anything more than a figure stay.
        XCTAssertEqual(words("(43 people) (4a)"), ["(", "43", "people", ")", "(", "4a", ")"])
    }

    func testDashesAndQuotesArePunctuation() {
        XCTAssertEqual(
            words("Hamas—the group “said” so"),
            ["Hamas", "—", "the", "group", "“", "said", "”", "so"])
    }

    func testHashFoldsCaseAndApostrophes() {
        XCTAssertEqual(WordHash.hash("Israel's"), WordHash.hash("ISRAEL’S"))
        XCTAssertNotEqual(WordHash.hash("held"), WordHash.hash("hold"))
    }
}
