import FactLedgerCore
import StrictYAML
import XCTest

@testable import FactRules

final class NumericKindsTests: XCTestCase {
    let context = RuleContext(cumulativeTopics: ["hostages.released", "casualties.killed"])

    func kind<K: RuleKind>(_ type: K.Type, _ yaml: String = "{}") throws -> K {
        try K.make(from: YAMLNode.parse(yaml, file: "when"))
    }

    func ids(_ disputes: [Dispute]) -> [[Int64]] { disputes.map(\.claimIDs) }

    func testAConflictIsOneDisputePerDayHoldingEveryClaimThatDisagrees() throws {
        let rule = try kind(NumericConflict.self)
        let claims = [
            Make.numeric(1, "A", "2023-11-06", .exact(240)),
            Make.numeric(2, "B", "2023-11-06", Make.over(200)),
            Make.numeric(3, "C", "2023-11-06", .exact(241)),
            Make.numeric(4, "D", "2023-11-06", Make.under(150)),
            Make.numeric(5, "E", "2023-11-06", .exact(170)),
            Make.numeric(6, "F", "2023-11-07", Make.under(150)),
        ]
        let disputes = try derive(rule, claims, context: context)
        XCTAssertEqual(disputes.count, 1, "the lone figure of 11-07 disagrees with nothing")
        let sides = Dictionary(grouping: disputes[0].members, by: \.side).mapValues {
            Set($0.map(\.claimID))
        }
        XCTAssertEqual(sides[0], [1, 2, 3], "the figure most agree on, 240, and those agreeing")
        XCTAssertEqual(sides[1], [4, 5])
        XCTAssertEqual(disputes[0].episode, .day(Day(iso: "2023-11-06")!))
        XCTAssertTrue(disputes[0].explanation.compared.contains { $0.contains("beyond the slack") })
        XCTAssertEqual(disputes[0].explanation.parameters.map(\.name), ["tolerance", "topics"])
    }

    func testConflictsCompareOneKindOfFigureFromSeveralOutletsPublishedNearTheDay() throws {
        let rule = try kind(NumericConflict.self)
        // A running total and one day's count about the same day are not in conflict.
        XCTAssertTrue(
            try derive(
                rule,
                [
                    Make.numeric(1, "A", "2023-11-25", .exact(41), tally: .cumulative),
                    Make.numeric(2, "B", "2023-11-25", .exact(17), tally: .event),
                ], context: context
            ).isEmpty)
        // One outlet contradicting itself is not a conflict across sources.
        XCTAssertTrue(
            try derive(
                rule,
                [
                    Make.numeric(1, "A", "2023-11-06", .exact(240)),
                    Make.numeric(2, "A", "2023-11-06", .exact(170)),
                ], context: context
            ).isEmpty)
        // A figure looking back on a day is not compared with what was reported on the day…
        XCTAssertTrue(
            try derive(
                rule,
                [
                    Make.numeric(1, "A", "2023-10-21", .exact(20)),
                    Make.numeric(2, "B", "2023-11-01", .exact(217), asOf: "2023-10-21"),
                ], context: context
            ).isEmpty)
        // …but with the other looks back published the same day.
        let looksBack = try derive(
            rule,
            [
                Make.numeric(1, "A", "2023-11-20", .exact(1200), asOf: "2023-10-07"),
                Make.numeric(2, "B", "2023-11-20", .exact(840), asOf: "2023-10-07"),
                Make.numeric(3, "C", "2023-11-21", .exact(1200), asOf: "2023-10-07"),
            ], context: context)
        XCTAssertEqual(looksBack.map(\.episode.description), ["2023-10-07 → 2023-11-20"])
        // Claims stored without a tally fall back on the vocabulary: both running totals.
        XCTAssertEqual(
            try derive(
                rule,
                [
                    Make.numeric(
                        1, "A", "2023-11-25", .exact(41), topic: "hostages.released", tally: nil),
                    Make.numeric(
                        2, "B", "2023-11-25", .exact(17), topic: "hostages.released", tally: nil),
                ], context: context
            ).first?.tally, .cumulative)
    }

    func testAConflictAReplacedVersionCausedIsSupersededByItsCorrection() throws {
        let rule = try kind(NumericConflict.self)
        let articles: [Int64: (source: String, ref: String, version: Int)] = [
            10: ("B", "u", 1), 11: ("B", "u", 2),
        ]
        let claims = [
            Make.numeric(1, "A", "2023-10-21", .exact(20), article: 1),
            Make.numeric(
                2, "B", "2023-10-21", .exact(200), article: 10, replacedBy: 11, latest: 11),
            Make.numeric(3, "B", "2023-10-21", .exact(20), article: 11),
        ]
        let disputes = try derive(rule, claims, context: context, articles: articles)
        XCTAssertEqual(disputes.count, 1)
        XCTAssertEqual(disputes[0].state, .superseded)
        XCTAssertEqual(disputes[0].supersededBy, 11)
        XCTAssertEqual(
            Set(disputes[0].claimIDs), [1, 2], "the correction's own claim is not in it")
        // A correction that keeps the disagreement keeps the dispute live, with its claims.
        var still = claims
        still[2] = Make.numeric(3, "B", "2023-10-21", .exact(210), article: 11)
        let kept = try derive(rule, still, context: context, articles: articles)
        XCTAssertEqual(kept.map(\.state), [.live])
        XCTAssertEqual(Set(kept[0].claimIDs), [1, 3])
    }

    func testAChangeIsAStepBetweenConsecutiveDaysNotEveryPair() throws {
        let rule = try kind(NumericChange.self, "{ group_by: speaker }")
        let claims = [
            Make.numeric(1, "A", "2023-10-08", .exact(78), speaker: "ministry"),
            Make.numeric(2, "B", "2023-11-06", .exact(4104), speaker: "ministry"),
            Make.numeric(3, "C", "2023-10-12", .exact(447), speaker: "ministry"),
            Make.numeric(4, "D", "2023-10-12", .exact(447), speaker: "ministry"),
            Make.numeric(5, "D", "2023-10-13", .exact(300), speaker: "army"),
        ]
        let disputes = try derive(rule, claims, context: context)
        XCTAssertEqual(
            disputes.map(\.episode.description),
            ["2023-10-08 → 2023-10-12", "2023-10-12 → 2023-11-06"])
        XCTAssertEqual(Set(disputes[0].claimIDs), [1, 3, 4])
        XCTAssertEqual(disputes[0].scope, "ministry")
        XCTAssertTrue(
            try derive(
                rule,
                [claims[0], claims[1]].map { $0.with(speaker: nil) }, context: context
            )
            .isEmpty, "claims with no speaker form no series")
        let short = try kind(NumericChange.self, "{ group_by: speaker, lookback_days: 10 }")
        XCTAssertEqual(
            try derive(short, claims, context: context).map(\.episode.description),
            ["2023-10-08 → 2023-10-12"], "a step longer than the lookback is none")
        XCTAssertThrowsError(try kind(NumericChange.self, "{ group_by: outlet }"))
    }

    func testASeriesFollowsFiguresAsReportedAtTheTime() throws {
        let rule = try kind(CumulativeDecrease.self)
        // The toll of an attack restated weeks later is not a point of the outlet's series.
        let claims = [
            Make.numeric(
                1, "A", "2023-10-08", .exact(1400), topic: "casualties.killed", tally: .cumulative),
            Make.numeric(
                2, "A", "2023-11-20", .exact(1200), topic: "casualties.killed", asOf: "2023-10-12",
                tally: .cumulative),
            Make.numeric(
                3, "A", "2023-10-10", .exact(1500), topic: "casualties.killed", tally: .cumulative),
        ]
        XCTAssertTrue(try derive(rule, claims, context: context).isEmpty)
        let late = try kind(CumulativeDecrease.self, "{ reported_within_days: 60 }")
        XCTAssertEqual(try derive(late, claims, context: context).count, 1)
    }

    func testARunningTotalThatFallsIsOneDisputePerFall() throws {
        let rule = try kind(CumulativeDecrease.self)
        let figures: [(String, Double)] = [
            ("2023-10-20", 1400), ("2023-10-25", 980), ("2023-10-30", 1400), ("2023-11-04", 1200),
        ]
        let claims = figures.enumerated().map { index, figure in
            Make.numeric(
                Int64(index + 1), "A", figure.0, .exact(figure.1), topic: "casualties.killed",
                tally: .cumulative)
        }
        let disputes = try derive(rule, claims, context: context)
        XCTAssertEqual(
            disputes.map(\.episode.description),
            ["2023-10-20 → 2023-10-25", "2023-10-30 → 2023-11-04"])
        XCTAssertTrue(disputes[0].explanation.compared[1].hasPrefix("It fell by 420"))
    }

    func testTheDecreaseRuleReadsTheClaimsTally() throws {
        let rule = try kind(CumulativeDecrease.self)
        func pair(_ topic: String, _ tally: Tally?) -> [WindowClaim] {
            [
                Make.numeric(1, "A", "2023-10-20", .exact(240), topic: topic, tally: tally),
                Make.numeric(2, "A", "2023-11-30", .exact(137), topic: topic, tally: tally),
            ]
        }
        XCTAssertEqual(
            try derive(rule, pair("hostages.held", .cumulative), context: context).count, 1)
        XCTAssertTrue(
            try derive(rule, pair("hostages.released", .event), context: context).isEmpty,
            "a count of one occurrence on a topic the vocabulary calls cumulative")
        XCTAssertTrue(try derive(rule, pair("hostages.held", nil), context: context).isEmpty)
        XCTAssertEqual(
            try derive(rule, pair("hostages.released", nil), context: context).count, 1,
            "stored without a tally: the vocabulary's measure decides")
    }

    func testCompositionFlagsPartsBeyondTheTotal() throws {
        let rule = try kind(Composition.self)
        let total = Make.numeric(1, "A", "2023-11-24", .exact(50), article: 9)
        let children = Make.numeric(2, "A", "2023-11-24", .exact(30), article: 9, wholeIndex: 0)
        let women = Make.numeric(3, "A", "2023-11-24", .exact(25), article: 9, wholeIndex: 0)
        let found = try derive(
            rule, [total, children, women], context: context, message: "{sum} > {total}")
        XCTAssertEqual(found.map(\.message), ["55 > 50"])
        let fewer = Make.numeric(3, "A", "2023-11-24", .exact(15), article: 9, wholeIndex: 0)
        XCTAssertTrue(try derive(rule, [total, children, fewer], context: context).isEmpty)
        let exhaustive = Make.numeric(
            3, "A", "2023-11-24", .exact(15), article: 9, wholeIndex: 0, exhaustive: true)
        XCTAssertEqual(try derive(rule, [total, children, exhaustive], context: context).count, 1)
    }

    func testEditedFigureComparesWithThePreviousVersion() throws {
        let rule = try kind(EditedFigure.self)
        let articles: [Int64: (source: String, ref: String, version: Int)] = [
            1: ("A", "u", 1), 2: ("A", "u", 2),
        ]
        let old = Make.numeric(
            1, "A", "2023-11-21", .exact(50), article: 1, replacedBy: 2, latest: 2)
        let kept = Make.numeric(2, "A", "2023-11-21", .exact(50), article: 2)
        let edited = Make.numeric(3, "A", "2023-11-21", .exact(40), article: 2)
        XCTAssertTrue(try derive(rule, [old, kept], context: context, articles: articles).isEmpty)
        let found = try derive(rule, [old, edited], context: context, articles: articles)
        XCTAssertEqual(ids(found), [[1, 3]])
        XCTAssertEqual(found[0].episode.label, "v1→v2")
        XCTAssertEqual(found[0].article, "u")
    }
}
