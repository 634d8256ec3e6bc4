import XCTest

@testable import FactExtraction

final class WordHashTests: XCTestCase {
    /// Words that must hash alike: case, curly apostrophes and accents fold away.
    static let alike: [(String, String)] = [
        ("ISRAEL", "israel"), ("Israel’s", "Israel's"), ("Sánchez", "Sanchez"), ("Adré", "adre"),
        ("Türkiye", "Turkiye"), ("Kahramanmaraş", "Kahramanmaras"), ("Nurdağı", "Nurdagi"),
        ("İdlib", "idlib"), ("Łódź", "lodz"),
    ]
    /// Words that must not: other characters keep their bytes.
    static let apart: [(String, String)] = [
        ("Æsir", "sir"), ("×3", "3"), ("€5", "5"), ("Sanchez", "Sanches"),
    ]

    func testCaseApostrophesAndAccentedLettersFold() {
        for (word, plain) in Self.alike {
            XCTAssertEqual(WordHash.hash(word), WordHash.hash(plain), "\(word) / \(plain)")
        }
    }

    func testOtherCharactersKeepTheirBytes() {
        for (word, other) in Self.apart {
            XCTAssertNotEqual(WordHash.hash(word), WordHash.hash(other), "\(word) / \(other)")
        }
    }
}
