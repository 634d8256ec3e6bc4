import FactLedgerCore
import StrictYAML
import XCTest

@testable import FactRules

final class StanceKindsTests: XCTestCase {
    let context = RuleContext(parents: ["IDF": "Israel", "Netanyahu": "Israel"])

    func kind<K: RuleKind>(_ type: K.Type, _ yaml: String = "{}") throws -> K {
        try K.make(from: YAMLNode.parse(yaml, file: "when"))
    }

    func testAReversalIsTheSameHoldersPositionChangingFromOneDayToTheNext() throws {
        let rule = try kind(StanceReversal.self, "{ compare_at: root }")
        let claims = [
            Make.stance(1, "A", "2023-11-06", "IDF", .oppose, topic: "fuel.entry"),
            Make.stance(2, "A", "2023-11-17", "Israel", .support, topic: "fuel.entry"),
            Make.stance(3, "B", "2023-11-18", "Netanyahu", .demand, topic: "fuel.entry"),
        ]
        let found = try derive(rule, claims, context: context)
        XCTAssertEqual(found.map(\.claimIDs), [[1, 2]])
        XCTAssertEqual(found.first?.scope, "Israel")
        XCTAssertTrue(
            try derive(
                try kind(StanceReversal.self, "{ compare_at: exact }"), claims, context: context
            )
            .isEmpty)
    }

    func testTwoOutletsReadingOneHolderDifferentlyOnOneDayIsAConflictNotAReversal() throws {
        let claims = [
            Make.stance(1, "A", "2023-11-10", "Hamas", .support),
            Make.stance(2, "B", "2023-11-14", "Hamas", .support),
            Make.stance(3, "C", "2023-11-14", "Hamas", .oppose),
            Make.stance(4, "D", "2023-11-20", "Hamas", .support),
        ]
        XCTAssertTrue(try derive(try kind(StanceReversal.self), claims, context: context).isEmpty)
        let conflicts = try derive(try kind(StanceConflict.self), claims, context: context)
        XCTAssertEqual(conflicts.map(\.episode), [.day(Day(iso: "2023-11-14")!)])
        XCTAssertEqual(conflicts.first?.actor, "Hamas")
        // A day with a majority has a position: a flip between two such days is a reversal.
        let flipped =
            claims + [
                Make.stance(5, "E", "2023-11-14", "Hamas", .oppose),
                Make.stance(6, "F", "2023-11-20", "Hamas", .support),
            ]
        XCTAssertEqual(
            try derive(try kind(StanceReversal.self), flipped, context: context).map(
                \.episode.description), ["2023-11-10 → 2023-11-14", "2023-11-14 → 2023-11-20"])
    }

    func testPositionsAreComparedByTheDayTheNewsReportedThem() throws {
        // One outlet dates the position to the evening before, the other gives no day: both are
        // in the same day's news, so they conflict and do not make a reversal.
        let claims = [
            Make.stance(1, "A", "2023-10-27", "European Union", .support, asOf: "2023-10-26"),
            Make.stance(2, "B", "2023-10-27", "European Union", .oppose),
        ]
        XCTAssertTrue(try derive(try kind(StanceReversal.self), claims, context: context).isEmpty)
        let conflicts = try derive(try kind(StanceConflict.self), claims, context: context)
        XCTAssertEqual(conflicts.map(\.episode), [.day(Day(iso: "2023-10-27")!)])
        XCTAssertEqual(conflicts.first?.claimIDs, [1, 2])
        // The same positions in the news of two days are a reversal.
        let later = [claims[0], Make.stance(3, "B", "2023-10-30", "European Union", .oppose)]
        XCTAssertTrue(try derive(try kind(StanceConflict.self), later, context: context).isEmpty)
        XCTAssertEqual(
            try derive(try kind(StanceReversal.self), later, context: context).map(
                \.episode.description), ["2023-10-27 → 2023-10-30"])
    }

    func testConflictNeedsDifferentSourcesInTheSameDaysNews() throws {
        let rule = try kind(StanceConflict.self)
        let a = Make.stance(1, "A", "2023-11-14", "Qatar", .support)
        let b = Make.stance(2, "B", "2023-11-14", "Qatar", .oppose)
        let sameSource = Make.stance(3, "A", "2023-11-14", "Qatar", .oppose)
        let late = Make.stance(4, "C", "2023-11-15", "Qatar", .oppose)
        let demand = Make.stance(5, "B", "2023-11-14", "Qatar", .demand)
        XCTAssertEqual(try derive(rule, [a, b], context: context).count, 1)
        XCTAssertTrue(try derive(rule, [a, sameSource], context: context).isEmpty)
        XCTAssertTrue(try derive(rule, [a, late], context: context).isEmpty)
        XCTAssertTrue(try derive(rule, [a, demand], context: context).isEmpty)
    }

    func testAHedgedSideLowersTheLevelAndSaysWhy() throws {
        let rule = try kind(StanceConflict.self)
        let found = try derive(
            rule,
            [
                Make.stance(1, "A", "2023-11-14", "Qatar", .support),
                Make.stance(2, "B", "2023-11-14", "Qatar", .oppose, certainty: .claimed),
            ], context: context, lowerIfHedged: true)
        XCTAssertEqual(found.first?.level, .medium)
        XCTAssertEqual(
            found.first?.explanation.adjustments,
            ["lowered from high to medium: every claim on one side is hedged (B: claimed)"])
    }

    func testRelationClassifier() throws {
        let classifier = RelationClassifier(context: RuleContext())
        let stored = Make.numeric(1, "A", "2023-11-06", Make.over(200))
        func relation(_ claim: WindowClaim) throws -> ClaimRelation {
            try classifier.relate(claim, history: ArrayHistory(claims: [stored, claim])).0
        }
        XCTAssertEqual(try relation(Make.numeric(2, "B", "2023-11-06", Make.over(200))), .confirms)
        XCTAssertEqual(try relation(Make.numeric(3, "B", "2023-11-06", .exact(240))), .refines)
        XCTAssertEqual(
            try relation(Make.numeric(4, "B", "2023-11-06", Make.under(150))), .conflicts)
        XCTAssertEqual(try relation(Make.numeric(5, "A", "2023-11-08", .exact(240))), .updates)
        XCTAssertEqual(
            try relation(Make.numeric(6, "B", "2023-11-07", .exact(3), topic: "aid.trucks")), .new)
        let position = Make.stance(7, "A", "2023-11-06", "Qatar", .support)
        let turned = Make.stance(8, "B", "2023-11-09", "Qatar", .oppose)
        XCTAssertEqual(
            try classifier.relate(turned, history: ArrayHistory(claims: [position, turned])).0,
            .updates)
    }

    func testMessageTemplate() throws {
        let template = try MessageTemplate(
            "{a.source} says {a.value} on {topic}; {b.source} says {b.value} ({count})")
        let subject = MessageTemplate.Subject(
            claims: [
                Make.numeric(1, "A", "2023-11-06", Make.over(200)),
                Make.numeric(2, "B", "2023-11-06", .exact(150)),
            ], topic: "hostages.held", values: ["count": "5"])
        XCTAssertEqual(template.render(subject), "A says over 200 on hostages.held; B says 150 (5)")
        XCTAssertThrowsError(try MessageTemplate("{z.source}"))
        XCTAssertThrowsError(try MessageTemplate("{a.source"))
    }
}
