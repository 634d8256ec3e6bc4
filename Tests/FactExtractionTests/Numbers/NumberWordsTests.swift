import XCTest

@testable import FactExtraction

/// The number word list's derived lists.
final class NumberWordsTests: XCTestCase {
    func testCountingWordsAreCardinalsScalesDozensAndVagueWords() {
        let words = Set(NumberWords.countingWords)
        for word in ["four", "twelve", "ninety", "hundreds", "thousands", "dozens", "several"] {
            XCTAssertTrue(words.contains(word), word)
        }
        // Ordinals, fractions and articles count nothing by themselves.
        for word in ["first", "half", "a", "and"] {
            XCTAssertFalse(words.contains(word), word)
        }
    }
}
