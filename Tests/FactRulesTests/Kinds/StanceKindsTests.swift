import FactLedgerCore
import StrictYAML
import XCTest

@testable import FactRules

final class StanceKindsTests: XCTestCase {
    let context = RuleContext(parents: ["IDF": "Israel", "Netanyahu": "Israel"])

    func kind<K: RuleKind>(_ type: K.Type, _ yaml: String = "{}") throws -> K {
        try K(parameters: RuleParameters(unchecked: YAMLNode.parse(yaml, file: "when")))
    }

    func testReversalComparesAtTheRootOfTheHierarchy() throws {
        let rule = try kind(StanceReversal.self, "{ min_days: 4, compare_at: root }")
        let old = Make.stance(1, "A", "2023-11-06", "IDF", .oppose, topic: "fuel.entry")
        let new = Make.stance(2, "A", "2023-11-17", "Israel", .support, topic: "fuel.entry")
        let matches = try rule.evaluate(
            [new], history: ArrayHistory(claims: [old, new]), context: context)
        XCTAssertEqual(matches.map { $0.claims.map(\.id) }, [[1, 2]])
        XCTAssertEqual(matches.first?.values["scope"], "Israel")
        let tooSoon = Make.stance(3, "B", "2023-11-08", "Israel", .support, topic: "fuel.entry")
        XCTAssertTrue(
            try rule.evaluate(
                [tooSoon], history: ArrayHistory(claims: [old, tooSoon]), context: context
            ).isEmpty)
        let exact = try kind(StanceReversal.self, "{ compare_at: exact }")
        XCTAssertTrue(
            try exact.evaluate([new], history: ArrayHistory(claims: [old, new]), context: context)
                .isEmpty)
    }

    func testConflictNeedsDifferentSourcesWithinTheWindow() throws {
        let rule = try kind(StanceConflict.self, "{ window_days: 3 }")
        let a = Make.stance(1, "A", "2023-11-14", "Qatar", .support)
        let b = Make.stance(2, "B", "2023-11-15", "Qatar", .oppose)
        let sameSource = Make.stance(3, "A", "2023-11-15", "Qatar", .oppose)
        let late = Make.stance(4, "C", "2023-11-25", "Qatar", .oppose)
        XCTAssertEqual(
            try rule.evaluate([b], history: ArrayHistory(claims: [a, b]), context: context).count, 1
        )
        XCTAssertTrue(
            try rule.evaluate(
                [sameSource], history: ArrayHistory(claims: [a, sameSource]), context: context
            ).isEmpty)
        XCTAssertTrue(
            try rule.evaluate([late], history: ArrayHistory(claims: [a, late]), context: context)
                .isEmpty)
        let demand = Make.stance(5, "B", "2023-11-15", "Qatar", .demand)
        XCTAssertTrue(
            try rule.evaluate(
                [demand], history: ArrayHistory(claims: [a, demand]), context: context
            ).isEmpty)
    }

    func testRelationClassifier() throws {
        let classifier = RelationClassifier(context: RuleContext())
        let stored = Make.numeric(1, "A", "2023-11-06", Make.over(200))
        let confirms = Make.numeric(2, "B", "2023-11-07", Make.over(200))
        let refines = Make.numeric(3, "B", "2023-11-07", .exact(240))
        let conflicts = Make.numeric(4, "B", "2023-11-07", Make.under(150))
        let updates = Make.numeric(5, "A", "2023-11-08", .exact(240))
        let lonely = Make.numeric(6, "B", "2023-11-07", .exact(3), topic: "aid.trucks")
        func relation(_ claim: StoredClaim) throws -> ClaimRelation {
            try classifier.relate(claim, history: ArrayHistory(claims: [stored, claim])).0
        }
        XCTAssertEqual(try relation(confirms), .confirms)
        XCTAssertEqual(try relation(refines), .refines)
        XCTAssertEqual(try relation(conflicts), .conflicts)
        XCTAssertEqual(try relation(updates), .updates)
        XCTAssertEqual(try relation(lonely), .new)
    }

    func testMessageTemplate() throws {
        let template = try MessageTemplate(
            "{a.source} says {a.value} on {topic}; {b.source} says {b.value}")
        let match = RuleMatch(claims: [
            Make.numeric(1, "A", "2023-11-06", Make.over(200)),
            Make.numeric(2, "B", "2023-11-06", .exact(150)),
        ])
        XCTAssertEqual(template.render(match), "A says over 200 on hostages.held; B says 150")
        XCTAssertThrowsError(try MessageTemplate("{z.source}"))
        XCTAssertThrowsError(try MessageTemplate("{a.source"))
    }
}
