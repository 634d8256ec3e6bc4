import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

final class ClaimExtractorTests: XCTestCase {
    func testAnArticleBelongsToAStoryThatHadBegunByItsDay() {
        let text =
            "Israel sent a rescue team to Turkey after the earthquake. Netanyahu said Israel "
            + "would help, and the IDF team landed on Monday."
        // Published before the war in Gaza began, the report is the earthquake's.
        XCTAssertEqual(
            Fixtures.extractor.storyID(of: Fixtures.article(text, date: "2023-02-07")),
            "turkey-syria-quake")
        // Later, the story whose words it names most.
        XCTAssertEqual(
            Fixtures.extractor.storyID(of: Fixtures.article(text, date: "2023-11-07")),
            "gaza-hostages")
    }
}
