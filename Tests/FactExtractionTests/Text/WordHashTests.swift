import XCTest

@testable import FactExtraction

final class WordHashTests: XCTestCase {
    func testCaseAndCurlyApostrophesFold() {
        XCTAssertEqual(WordHash.hash("ISRAEL"), WordHash.hash("israel"))
        XCTAssertEqual(WordHash.hash("Israel’s"), WordHash.hash("Israel's"))
    }

    func testAccentedLettersFoldToTheirBaseLetter() {
        XCTAssertEqual(WordHash.hash("Sánchez"), WordHash.hash("Sanchez"))
        XCTAssertEqual(WordHash.hash("Adré"), WordHash.hash("adre"))
        XCTAssertEqual(WordHash.hash("Türkiye"), WordHash.hash("Turkiye"))
        XCTAssertEqual(WordHash.hash("Kahramanmaraş"), WordHash.hash("Kahramanmaras"))
        XCTAssertEqual(WordHash.hash("Nurdağı"), WordHash.hash("Nurdagi"))
        XCTAssertEqual(WordHash.hash("İdlib"), WordHash.hash("idlib"))
        XCTAssertEqual(WordHash.hash("Łódź"), WordHash.hash("lodz"))
    }

    func testOtherCharactersKeepTheirBytes() {
        XCTAssertNotEqual(WordHash.hash("Æsir"), WordHash.hash("sir"))
        XCTAssertNotEqual(WordHash.hash("×3"), WordHash.hash("3"))
        XCTAssertNotEqual(WordHash.hash("€5"), WordHash.hash("5"))
        XCTAssertNotEqual(WordHash.hash("Sanchez"), WordHash.hash("Sanches"))
    }
}
