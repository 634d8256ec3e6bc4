import FactLedgerCore
import FactStore
import XCTest

@testable import FactDesk

final class DisputePageTests: XCTestCase {
    var fixture: DeskFixture!

    override func setUpWithError() throws {
        fixture = try DeskFixture()
        addTeardownBlock { [fixture] in fixture?.remove() }
    }

    func testTheChartCoversAWeekAroundTheClaimsAndNoMoreThanItsSpan() throws {
        var detail = try fixture.ledger.flagDetail(id: try fixture.conflictID())
        XCTAssertEqual(
            DisputePage.chartDays(detail),
            Day(iso: "2023-10-30")!...Day(iso: "2023-11-13")!)
        detail.claims[0].claim.asOf = Day(iso: "2023-08-01")!
        let days = DisputePage.chartDays(detail)
        XCTAssertEqual(days.upperBound, Day(iso: "2023-11-13")!)
        XCTAssertEqual(
            days.upperBound.ordinal - days.lowerBound.ordinal + 1, DisputePage.chartSpan)
        let chart = try DisputePage.chart(detail, ledger: fixture.ledger)
        XCTAssertEqual(chart.marks.map(\.label), ["B"], "a claim outside the window is not drawn")
    }

    func testTheChartMarksTheDisputesClaimsBySide() throws {
        let detail = try fixture.ledger.flagDetail(id: try fixture.conflictID())
        let chart = try DisputePage.chart(detail, ledger: fixture.ledger)
        XCTAssertEqual(chart.marks.map(\.label), ["A", "B"])
        XCTAssertEqual(Set(chart.marks.map(\.side)), [0, 1])
        XCTAssertEqual(chart.line.count, 1, "one day of figures")
        let range = try XCTUnwrap(chart.ranges.first)
        XCTAssertEqual(range.low, 0)
        XCTAssertEqual(range.high, 200)
    }
}
