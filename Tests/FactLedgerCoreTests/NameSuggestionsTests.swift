import FactLedgerCore
import XCTest

final class NameSuggestionsTests: XCTestCase {
    let topics = ["hostages.held", "hostages.released", "casualties.killed", "aid.trucks"]

    func testMisspeltNamesSuggestTheClosestFirst() {
        XCTAssertEqual(
            NameSuggestions.closest(to: "hostages.hled", among: topics), ["hostages.held"])
        XCTAssertEqual(
            NameSuggestions.closest(to: "Casualties.Kiled", among: topics), ["casualties.killed"])
    }

    func testAStartOfALongerNameSuggestsIt() {
        XCTAssertEqual(
            NameSuggestions.closest(to: "hostage", among: topics),
            ["hostages.held", "hostages.released"])
        XCTAssertEqual(
            NameSuggestions.closest(
                to: "numric-conflict",
                among: ["numeric-conflict-across-sources", "stance-reversal"]),
            ["numeric-conflict-across-sources"])
    }

    func testNothingCloseSuggestsNothing() {
        XCTAssertEqual(NameSuggestions.closest(to: "weather", among: topics), [])
        XCTAssertEqual(NameSuggestions.closest(to: "", among: topics), [])
    }

    func testEditDistance() {
        XCTAssertEqual(NameSuggestions.editDistance(Array("kitten"), Array("sitting")), 3)
        XCTAssertEqual(NameSuggestions.editDistance(Array(""), Array("abc")), 3)
        XCTAssertEqual(NameSuggestions.editDistance(Array("same"), Array("same")), 0)
    }

    func testGroupedCounts() {
        XCTAssertEqual(NumberFormatting.grouped(1_234_567), "1,234,567")
        XCTAssertEqual(NumberFormatting.count(1, "claim"), "1 claim")
        XCTAssertEqual(NumberFormatting.count(1_000, "claim"), "1,000 claims")
    }
}
