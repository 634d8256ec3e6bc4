import FactLedgerCore
import XCTest

@testable import FactRules

/// How `check` relates a figure to the same day's stored figures: with the majority it confirms,
/// in the minority or a tie it conflicts, and a conflict names the figures it agrees with.
final class RelationClassifierTests: XCTestCase {
    let classifier = RelationClassifier(context: RuleContext())

    func relate(_ fresh: WindowClaim, _ stored: [WindowClaim]) throws -> (
        relation: ClaimRelation, related: [Int64], agreeing: [Int64]
    ) {
        let found = try classifier.relateShowingAgreement(
            fresh, history: ArrayHistory(claims: stored + [fresh]))
        return (found.relation, found.related.map(\.id), found.agreeing.map(\.id))
    }

    func testAFigureWithTheSameDaysMajorityConfirmsIt() throws {
        let stored = [
            Make.numeric(1, "A", "2023-11-06", .exact(240)),
            Make.numeric(2, "B", "2023-11-06", .exact(170)),
        ]
        let found = try relate(Make.numeric(3, "C", "2023-11-06", .exact(240)), stored)
        XCTAssertEqual(found.relation, .confirms)
        XCTAssertEqual(found.related, [1])
    }

    func testAFigureInATieConflictsAndNamesTheFiguresItAgreesWith() throws {
        let stored = [
            Make.numeric(1, "A", "2023-11-06", .exact(240)),
            Make.numeric(2, "B", "2023-11-06", .exact(170)),
            Make.numeric(3, "C", "2023-11-06", .exact(240)),
        ]
        let found = try relate(Make.numeric(4, "D", "2023-11-06", .exact(170)), stored)
        XCTAssertEqual(found.relation, .conflicts)
        XCTAssertEqual(Set(found.related), [1, 3])
        XCTAssertEqual(found.agreeing, [2])
    }

    func testALoneDisagreementConflicts() throws {
        let stored = [Make.numeric(1, "A", "2023-11-06", .exact(240))]
        let found = try relate(Make.numeric(2, "B", "2023-11-06", .exact(170)), stored)
        XCTAssertEqual(found.relation, .conflicts)
        XCTAssertEqual(found.related, [1])
        XCTAssertEqual(found.agreeing, [])
    }
}
