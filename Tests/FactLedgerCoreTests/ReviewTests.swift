import FactLedgerCore
import XCTest

final class ReviewTests: XCTestCase {
    func testAllowedTransitions() {
        XCTAssertTrue(Review.Action.confirm.isAllowed(from: .open))
        XCTAssertTrue(Review.Action.dismiss.isAllowed(from: .open))
        XCTAssertTrue(Review.Action.resolve.isAllowed(from: .confirmed))
        XCTAssertTrue(Review.Action.reopen.isAllowed(from: .dismissed))
        XCTAssertFalse(Review.Action.confirm.isAllowed(from: .dismissed))
        XCTAssertFalse(Review.Action.dismiss.isAllowed(from: .resolved))
        XCTAssertFalse(Review.Action.reopen.isAllowed(from: .open))
        XCTAssertEqual(Review.Action.dismiss.resultingStatus, .dismissed)
    }

    func testPolarityContradictions() {
        XCTAssertTrue(Polarity.support.contradicts(.oppose))
        XCTAssertTrue(Polarity.oppose.contradicts(.demand))
        XCTAssertFalse(Polarity.support.contradicts(.demand))
        XCTAssertFalse(Polarity.conditional.contradicts(.oppose))
    }
}
