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

    func testAnApostropheAfterAPluralBeforeAWordIsAPossessive() {
        let plural = ["Guterres", "'", "appeal", "the", "sides", "’", "talks"]
        XCTAssertEqual(words("Guterres' appeal the sides’ talks"), plural)
        let tokens = Array("Hamas' refusal".utf8).withUnsafeBufferPointer {
            Tokenizer.tokens($0, in: 0..<$0.count)
        }
        XCTAssertEqual(tokens.map(\.hash), ["Hamas", "'s", "refusal"].map { WordHash.hash($0) })
        // A closing quote before punctuation, or after a word not ending in "s", stays one.
        let quoted = Array("'no talks', he said".utf8).withUnsafeBufferPointer {
            Tokenizer.tokens($0, in: 0..<$0.count)
        }
        XCTAssertEqual(quoted.filter { $0.hash == Tokenizer.possessiveHash }.count, 0)
        let notPlural = Array("'no truce' now".utf8).withUnsafeBufferPointer {
            Tokenizer.tokens($0, in: 0..<$0.count)
        }
        XCTAssertEqual(notPlural.filter { $0.hash == Tokenizer.possessiveHash }.count, 0)
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
