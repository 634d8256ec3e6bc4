import FactLedgerCore
import Foundation
import XCTest

@testable import FactStore

/// What the review desk asks of the ledger: reviews guarded by the review version, listings
/// filtered by topic, rule and source and paged, counts, chart series.
final class DeskQueryTests: XCTestCase {
    func claim(_ value: Double, topic: String = "hostages.held", day: String = "2023-11-06")
        -> Claim
    {
        Claim(
            kind: .numeric, topic: topic, quantity: .exact(value), asOf: Day(iso: day)!,
            quote: "q", start: 0, end: 1, provenance: "test", tally: .level)
    }

    /// A ledger with two disputes: hostages.held on 2023-11-06 (A, B, C) and aid.trucks on
    /// 2023-11-07 (A, D).
    func ledger() throws -> Ledger {
        let ledger = try Ledger.inMemory()
        for (body, source, value, topic, day) in [
            ("a", "A", 240.0, "hostages.held", "2023-11-06"),
            ("b", "B", 170.0, "hostages.held", "2023-11-06"),
            ("c", "C", 240.0, "hostages.held", "2023-11-06"),
            ("d", "A", 100.0, "aid.trucks", "2023-11-07"),
            ("e", "D", 20.0, "aid.trucks", "2023-11-07"),
        ] {
            _ = try ledger.ingest(
                batch: [
                    (
                        Article(
                            source: source, published: Day(iso: day)!, url: "u-" + body,
                            body: body, origin: "t"),
                        [claim(value, topic: topic, day: day)]
                    )
                ], runID: nil, deriver: DayDeriver())
        }
        return ledger
    }

    func testAReviewOnAStaleVersionIsRefusedAndNothingIsWritten() throws {
        let ledger = try ledger()
        let id = try XCTUnwrap(try ledger.flags().first?.id)
        try ledger.review(flagID: id, action: .confirm, by: "ana", note: "real", expectedReviews: 0)
        XCTAssertThrowsError(
            try ledger.review(
                flagID: id, action: .dismiss, by: "ben", note: "noise", expectedReviews: 0)
        ) { error in
            guard case LedgerError.reviewConflict(let conflictID, 0, 1, let latest) = error else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(conflictID, id)
            XCTAssertEqual(latest?.by, "ana")
            XCTAssertTrue("\(error)".contains("confirm by ana"))
        }
        XCTAssertEqual(try ledger.flagDetail(id: id).reviews.map(\.by), ["ana"])
        try ledger.review(
            flagID: id, action: .resolve, by: "ben", note: "settled", expectedReviews: 1)
        XCTAssertEqual(try ledger.flagDetail(id: id).flag.status, .resolved)
    }

    func testListingsFilterByTopicRuleAndSourceAndPage() throws {
        let ledger = try ledger()
        XCTAssertEqual(try ledger.flagSummaries(FlagFilter()).count, 2)
        let held = try ledger.flagSummaries(FlagFilter(topic: "hostages.held"))
        XCTAssertEqual(held.map(\.flag.dispute.topic), ["hostages.held"])
        XCTAssertEqual(Set(held[0].sources), ["A", "B", "C"])
        XCTAssertEqual(try ledger.flagSummaries(FlagFilter(source: "D")).count, 1)
        XCTAssertEqual(try ledger.flagSummaries(FlagFilter(source: "A")).count, 2)
        XCTAssertEqual(try ledger.flagSummaries(FlagFilter(source: "Nobody")).count, 0)
        XCTAssertEqual(try ledger.flagSummaries(FlagFilter(ruleID: "no-such-rule")).count, 0)
        let all = try ledger.flagDetails(FlagFilter()).map(\.flag.id)
        let first = try ledger.flagDetails(FlagFilter(limit: 1)).map(\.flag.id)
        let second = try ledger.flagDetails(FlagFilter(limit: 1, offset: 1)).map(\.flag.id)
        XCTAssertEqual(first + second, all, "pages follow the listing's order")
        XCTAssertEqual(try ledger.flagLevelCounts(FlagFilter()).values.reduce(0, +), 2)
        XCTAssertEqual(try ledger.flagStatusCounts(FlagFilter(status: .confirmed))[.open], 2)
    }

    func testChartSeriesArePerDayAndSourceAndBoundedPerDay() throws {
        let ledger = try ledger()
        let days = Day(iso: "2023-11-01")!...Day(iso: "2023-11-10")!
        let points = try ledger.figureSeries(topic: "hostages.held", facets: Facets(), days: days)
        XCTAssertEqual(points.map(\.source), ["A", "B", "C"])
        XCTAssertEqual(points.map(\.mean), [240, 170, 240])
        let one = try ledger.figureSeries(
            topic: "hostages.held", facets: Facets(), days: days, perDay: 1)
        XCTAssertEqual(one.map(\.claims).reduce(0, +), 1, "a day gives at most perDay statements")
        let claims = try ledger.topicClaims(topic: "aid.trucks", facets: Facets(), limit: 10)
        XCTAssertEqual(claims.map(\.source).sorted(), ["A", "D"])
        XCTAssertEqual(
            try ledger.topicSpan(topic: "aid.trucks", facets: Facets()),
            Day(iso: "2023-11-07")!...Day(iso: "2023-11-07")!)
    }
}
