import FactLedgerCore
import StrictYAML
import XCTest

@testable import FactRules

final class NumericKindsTests: XCTestCase {
    let context = RuleContext(cumulativeTopics: ["hostages.released", "casualties.killed"])

    func kind<K: RuleKind>(_ type: K.Type, _ yaml: String = "{}") throws -> K {
        try K(parameters: RuleParameters(unchecked: YAMLNode.parse(yaml, file: "when")))
    }

    func testNumericConflictComparesOtherSourcesInTheWindow() throws {
        let rule = try kind(NumericConflict.self, "{ window_days: 2 }")
        let history = ArrayHistory(claims: [
            Make.numeric(1, "A", "2023-11-06", Make.over(200)),
            Make.numeric(2, "B", "2023-11-06", .exact(240)),
            Make.numeric(3, "C", "2023-11-01", Make.under(150)),
        ])
        let fresh = Make.numeric(4, "D", "2023-11-07", Make.under(150))
        let matches = try rule.evaluate(
            [fresh], history: ArrayHistory(claims: history.claims + [fresh]), context: context)
        XCTAssertEqual(matches.map { $0.claims.map(\.id) }, [[1, 4], [2, 4]])
    }

    func testNumericConflictSkipsGrowingTotalsOnDifferentDays() throws {
        let rule = try kind(NumericConflict.self)
        let old = Make.numeric(1, "A", "2023-11-24", .exact(13), topic: "hostages.released")
        let new = Make.numeric(2, "B", "2023-11-25", .exact(24), topic: "hostages.released")
        XCTAssertTrue(
            try rule.evaluate([new], history: ArrayHistory(claims: [old, new]), context: context)
                .isEmpty)
    }

    func testNumericChangeGroupsBySpeaker() throws {
        let rule = try kind(NumericChange.self, "{ group_by: speaker }")
        let old = Make.numeric(1, "A", "2023-10-24", .exact(222), speaker: "IDF")
        let other = Make.numeric(2, "B", "2023-10-25", .exact(200), speaker: "Hamas")
        let new = Make.numeric(3, "B", "2023-10-26", .exact(224), speaker: "IDF")
        let matches = try rule.evaluate(
            [new], history: ArrayHistory(claims: [old, other, new]), context: context)
        XCTAssertEqual(matches.map { $0.claims.map(\.id) }, [[1, 3]])
        XCTAssertThrowsError(try kind(NumericChange.self, "{ group_by: outlet }"))
    }

    func testCumulativeDecreaseOnlyForCumulativeTopics() throws {
        let rule = try kind(CumulativeDecrease.self)
        let old = Make.numeric(1, "A", "2023-10-20", .exact(1400), topic: "casualties.killed")
        let new = Make.numeric(2, "A", "2023-11-11", .exact(1200), topic: "casualties.killed")
        XCTAssertEqual(
            try rule.evaluate([new], history: ArrayHistory(claims: [old, new]), context: context)
                .count, 1)
        let heldOld = Make.numeric(3, "A", "2023-10-20", .exact(240))
        let heldNew = Make.numeric(4, "A", "2023-11-30", .exact(137))
        XCTAssertTrue(
            try rule.evaluate(
                [heldNew], history: ArrayHistory(claims: [heldOld, heldNew]), context: context
            ).isEmpty)
    }

    func testCompositionFlagsPartsBeyondTheTotal() throws {
        let rule = try kind(Composition.self)
        let total = Make.numeric(1, "A", "2023-11-24", .exact(50), article: 9)
        let children = Make.numeric(2, "A", "2023-11-24", .exact(30), article: 9, wholeIndex: 0)
        let women = Make.numeric(3, "A", "2023-11-24", .exact(25), article: 9, wholeIndex: 0)
        let matches = try rule.evaluate(
            [total, children, women], history: ArrayHistory(claims: []), context: context)
        XCTAssertEqual(matches.first?.values["sum"], "55")
        let fewer = Make.numeric(3, "A", "2023-11-24", .exact(15), article: 9, wholeIndex: 0)
        XCTAssertTrue(
            try rule.evaluate(
                [total, children, fewer], history: ArrayHistory(claims: []), context: context
            ).isEmpty)
        let exhaustive = Make.numeric(
            3, "A", "2023-11-24", .exact(15), article: 9, wholeIndex: 0, exhaustive: true)
        XCTAssertEqual(
            try rule.evaluate(
                [total, children, exhaustive], history: ArrayHistory(claims: []), context: context
            ).count, 1)
    }

    func testEditedFigureComparesWithThePreviousVersion() throws {
        let rule = try kind(EditedFigure.self)
        let old = Make.numeric(1, "A", "2023-11-21", .exact(50), article: 1, version: 1, ref: "u")
        let kept = Make.numeric(2, "A", "2023-11-21", .exact(50), article: 2, version: 2, ref: "u")
        let edited = Make.numeric(
            3, "A", "2023-11-21", .exact(40), article: 2, version: 2, ref: "u")
        XCTAssertTrue(
            try rule.evaluate([kept], history: ArrayHistory(claims: [old, kept]), context: context)
                .isEmpty)
        XCTAssertEqual(
            try rule.evaluate(
                [edited], history: ArrayHistory(claims: [old, edited]), context: context
            ).map { $0.claims.map(\.id) }, [[1, 3]])
    }
}
