import FactLedgerCore
import XCTest

final class QuantityTests: XCTestCase {
    let tolerance = Tolerance(relative: 0.05, absolute: 2)

    func over(_ value: Double) -> Quantity {
        Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
    }
    func under(_ value: Double) -> Quantity {
        Quantity(low: 0, high: value, best: nil, qualifier: .under)
    }

    func testOverlappingIntervalsAgree() {
        XCTAssertTrue(over(200).agrees(with: .exact(240), tolerance: tolerance))
        XCTAssertTrue(Quantity.exact(239).agrees(with: .exact(240), tolerance: tolerance))
    }

    func testDisjointIntervalsBeyondToleranceConflict() {
        XCTAssertFalse(under(180).agrees(with: .exact(241), tolerance: tolerance))
        XCTAssertFalse(Quantity.exact(1400).agrees(with: .exact(1200), tolerance: tolerance))
        XCTAssertFalse(over(200).agrees(with: under(150), tolerance: tolerance))
    }

    func testOpenBoundsTouchingConflictWithoutTolerance() {
        XCTAssertFalse(over(200).agrees(with: .exact(200), tolerance: .none))
        XCTAssertTrue(
            Quantity(low: 200, high: .infinity, best: nil, qualifier: .atLeast).agrees(
                with: .exact(200), tolerance: .none))
        XCTAssertTrue(over(200).agrees(with: .exact(200), tolerance: tolerance))
    }

    func testRefinesAndStatesSame() {
        XCTAssertTrue(Quantity.exact(240).refines(over(200)))
        XCTAssertFalse(over(200).refines(.exact(240)))
        let atLeast = { (value: Double) in
            Quantity(low: value, high: .infinity, best: nil, qualifier: .atLeast)
        }
        XCTAssertFalse(atLeast(8500).statesSame(as: atLeast(9500), tolerance: .none))
        XCTAssertTrue(atLeast(8500).statesSame(as: atLeast(8500), tolerance: .none))
    }

    func testTextReadsLikeTheStatement() {
        XCTAssertEqual(over(200).text, "over 200")
        XCTAssertEqual(
            Quantity(low: 1330, high: 1470, best: 1400, qualifier: .approximate).text, "about 1,400"
        )
        XCTAssertEqual(Quantity(low: 200, high: 250, best: nil, qualifier: .range).text, "200–250")
        XCTAssertEqual(Quantity.exact(4).text, "4")
    }
}
