import FactLedgerCore
import Foundation
import GRDB
import TestSupport
import XCTest

@testable import FactStore

/// A retraction takes an article's claims out of the record in one transaction, is kept for
/// good, and never deletes a claim.
final class LedgerRetractionTests: XCTestCase {
    func ingest(_ ledger: Ledger, _ body: String, _ source: String, _ url: String, _ value: Double)
        throws
    {
        let claim = Claim(
            kind: .numeric, topic: "hostages.held", quantity: .exact(value),
            asOf: Day(iso: "2023-11-06")!, quote: "q", start: 0, end: 1, provenance: "test")
        let article = Article(
            source: source, published: Day(iso: "2023-11-06")!, url: url, body: body, origin: "t")
        _ = try ledger.ingest(batch: [(article, [claim])], runID: nil, deriver: DayDeriver())
    }

    func testTheClaimsOfARetractedArticleLeaveTheirDisputes() throws {
        let ledger = try Ledger.inMemory()
        try ingest(ledger, "a", "A", "u1", 240)
        try ingest(ledger, "b", "B", "u2", 170)
        let id = try XCTUnwrap(try ledger.flags().first?.id)
        try ledger.review(flagID: id, action: .confirm, by: "ana", note: "real")

        let outcome = try ledger.retract(
            ref: "u2", source: "b", note: "pulled", by: "desk", runID: nil, deriver: DayDeriver())
        XCTAssertEqual(outcome.claims, 1)
        XCTAssertEqual(outcome.retraction.source, "B")
        XCTAssertEqual(outcome.disputes.entries.map(\.change), [.closed])
        let detail = try ledger.flagDetail(id: id)
        XCTAssertEqual(detail.flag.status, .superseded)
        XCTAssertEqual(detail.reviews.map(\.action), [.confirm], "reviews stay in the log")
        XCTAssertEqual(try ledger.read { try $0.counts() }.claims, 2, "nothing is deleted")
        XCTAssertEqual(try ledger.retractions(afterRun: nil).map(\.ref), ["u2"])
    }

    func testAnUnknownOrAmbiguousArticleIsRefusedAndNothingIsWritten() throws {
        let ledger = try Ledger.inMemory()
        try ingest(ledger, "a", "A", "same", 240)
        try ingest(ledger, "b", "B", "same", 170)
        XCTAssertThrowsError(
            try ledger.retract(
                ref: "same", source: nil, note: "n", by: "d", runID: nil, deriver: nil)
        ) { error in
            XCTAssertEqual(
                error as? LedgerError, .ambiguousArticle(ref: "same", sources: ["A", "B"]))
        }
        XCTAssertThrowsError(
            try ledger.retract(
                ref: "none", source: nil, note: "n", by: "d", runID: nil, deriver: nil)
        ) { error in
            XCTAssertEqual(error as? LedgerError, .unknownArticle(ref: "none", source: nil))
        }
        XCTAssertTrue(try ledger.retractions().isEmpty)
    }

    func testTheSchemaKeepsRetractionsAppendOnly() throws {
        let ledger = try Ledger.inMemory()
        try ingest(ledger, "a", "A", "u1", 240)
        _ = try ledger.retract(
            ref: "u1", source: nil, note: "pulled", by: "desk", runID: nil, deriver: nil)
        XCTAssertThrowsError(
            try ledger.writer.write { try $0.execute(sql: "UPDATE retraction SET note = 'other'") })
        XCTAssertThrowsError(
            try ledger.writer.write { try $0.execute(sql: "DELETE FROM retraction") })
        XCTAssertThrowsError(
            try ledger.writer.write {
                try $0.execute(
                    sql:
                        "INSERT INTO retraction (article_id, note, by, at) VALUES (1, ' ', 'x', 'y')"
                )
            }, "a retraction says why")
        XCTAssertEqual(try ledger.retractions().map(\.note), ["pulled"])
    }
}
