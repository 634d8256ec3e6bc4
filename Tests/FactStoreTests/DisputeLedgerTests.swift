import FactLedgerCore
import Foundation
import GRDB
import TestSupport
import XCTest

@testable import FactStore

/// The ledger keeps each region of disputes exactly as derived: new ones open, claims join,
/// vanished ones go (or close, when reviewed), reviews stay in the log.
final class DisputeLedgerTests: XCTestCase {
    func claim(_ value: Double, day: String = "2023-11-06") -> Claim {
        Claim(
            kind: .numeric, topic: "hostages.held", quantity: .exact(value), asOf: Day(iso: day)!,
            quote: "q", start: 0, end: 1, provenance: "test")
    }

    func article(_ body: String, source: String, url: String, date: String = "2023-11-06")
        -> Article
    {
        Article(source: source, published: Day(iso: date)!, url: url, body: body, origin: "t")
    }

    func ingest(_ ledger: Ledger, _ body: String, _ source: String, _ url: String, _ value: Double)
        throws -> BatchOutcome
    {
        try ledger.ingest(
            batch: [(article(body, source: source, url: url), [claim(value)])], runID: nil,
            deriver: DayDeriver())
    }

    func testClaimsJoinOneDisputeAndACorrectionRemovesIt() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", "u1", 240)
        let opened = try ingest(ledger, "b", "B", "u2", 170)
        XCTAssertEqual(opened.disputes.opened, 1)
        let joined = try ingest(ledger, "c", "C", "u3", 240)
        XCTAssertEqual(joined.disputes.entries.map(\.change), [.changed])
        let flags = try ledger.flags()
        XCTAssertEqual(flags.count, 1, "one dispute per day, whatever joins it")
        XCTAssertEqual(flags[0].dispute.members.count, 3)
        // B corrects its figure: the disagreement vanishes, and nobody reviewed it.
        let corrected = try ingest(ledger, "b2", "B", "u2", 240)
        XCTAssertEqual(corrected.disputes.entries.map(\.change), [.removed])
        XCTAssertTrue(try ledger.flags().isEmpty)
        XCTAssertEqual(try ledger.read { try $0.counts() }.claims, 4, "claims are never removed")
    }

    func testAReviewedDisputeThatVanishesIsClosedWithItsReviews() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", "u1", 240)
        _ = try ingest(ledger, "b", "B", "u2", 170)
        let id = try XCTUnwrap(try ledger.flags().first?.id)
        try ledger.review(flagID: id, action: .confirm, by: "ana", note: "real")
        let corrected = try ingest(ledger, "b2", "B", "u2", 240)
        XCTAssertEqual(corrected.disputes.entries.map(\.change), [.closed])
        let detail = try ledger.flagDetail(id: id)
        XCTAssertEqual(detail.flag.status, .superseded)
        XCTAssertEqual(detail.flag.reviewStatus, .confirmed)
        XCTAssertEqual(detail.reviews.map(\.action), [.confirm])
        XCTAssertEqual(try ledger.flags(status: .superseded).map(\.id), [id])
        XCTAssertTrue(try ledger.flags(status: .confirmed).isEmpty)
    }

    func testReviewMovesAndADismissedDisputeReopensWhenAClaimJoins() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", "u1", 240)
        _ = try ingest(ledger, "b", "B", "u2", 170)
        let id = try XCTUnwrap(try ledger.flags().first?.id)
        try ledger.review(flagID: id, action: .dismiss, by: "ana", note: "different places")
        XCTAssertThrowsError(try ledger.review(flagID: id, action: .confirm, by: "ana", note: "x"))
        {
            XCTAssertEqual(
                $0 as? LedgerError, .invalidTransition(id: id, from: "dismissed", action: "confirm")
            )
        }
        // Ingesting nothing new leaves it dismissed.
        _ = try ingest(ledger, "a", "A", "u1", 240)
        XCTAssertEqual(try ledger.flagDetail(id: id).flag.status, .dismissed)
        let joined = try ingest(ledger, "d", "D", "u4", 100)
        XCTAssertEqual(joined.disputes.entries.first?.reopened, true)
        let detail = try ledger.flagDetail(id: id)
        XCTAssertEqual(detail.flag.status, .open)
        XCTAssertEqual(detail.reviews.map(\.action), [.dismiss, .reopen])
        XCTAssertEqual(detail.reviews.last?.by, Ledger.automaticReviewer)
        try ledger.review(flagID: id, action: .confirm, by: "bo", note: "real")
        try ledger.review(flagID: id, action: .resolve, by: "bo", note: "settled")
        XCTAssertEqual(try ledger.flagDetail(id: id).flag.status, .resolved)
        XCTAssertThrowsError(try ledger.review(flagID: 999, action: .confirm, by: "x", note: "y")) {
            XCTAssertEqual($0 as? LedgerError, .unknownFlag(id: 999))
        }
    }

    func testADryRunSaysWhatWouldChangeAndWritesNothing() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", "u1", 240)
        let changes = try ledger.dryRun(
            article("b", source: "B", url: "u2"), claims: [claim(170)], deriver: DayDeriver()
        ) { _, changes, _ in changes }
        XCTAssertEqual(changes.entries.map(\.change), [.opened])
        XCTAssertEqual(changes.entries.first?.participants.count, 2)
        XCTAssertTrue(try ledger.flags().isEmpty)
        XCTAssertEqual(try ledger.read { try $0.counts() }.claims, 1)
    }

    func testRederivingRemovesWhatNoRuleGivesAndKeepsWhatWasReviewed() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", "u1", 240)
        _ = try ingest(ledger, "b", "B", "u2", 170)
        _ = try ledger.ingest(
            batch: [(article("c", source: "C", url: "u3"), [claim(240, day: "2023-11-07")])],
            runID: nil, deriver: DayDeriver())
        _ = try ledger.ingest(
            batch: [(article("d", source: "D", url: "u4"), [claim(100, day: "2023-11-07")])],
            runID: nil, deriver: DayDeriver())
        XCTAssertEqual(try ledger.flags().count, 2)
        let again = try ledger.rederive(deriver: DayDeriver(), runID: nil)
        XCTAssertEqual(again.opened, 0)
        XCTAssertEqual(try ledger.flags().count, 2, "the same claims give the same disputes")
        let reviewed = try XCTUnwrap(try ledger.flags().first?.id)
        try ledger.review(flagID: reviewed, action: .dismiss, by: "ana", note: "n")
        var renamed = DayDeriver()
        renamed.ruleID = "days-2"
        let changes = try ledger.rederive(deriver: renamed, runID: nil)
        XCTAssertEqual(changes.opened, 2)
        XCTAssertEqual(Set(changes.entries.map(\.change)), [.opened, .closed, .removed])
        XCTAssertEqual(try ledger.flags(status: .superseded).map(\.id), [reviewed])
        XCTAssertEqual(try ledger.flags(status: .open).count, 2)
    }

    func testALimitedFlagListIsTheFullListsBeginning() throws {
        let ledger = try Ledger.inMemory()
        for index in 0..<8 {
            let day = "2023-11-0\(index % 3 + 1)"
            _ = try ledger.ingest(
                batch: [
                    (
                        article("x\(index)", source: "A", url: "a\(index)", date: day),
                        [claim(Double(index * 2), day: day)]
                    ),
                    (
                        article("y\(index)", source: "B", url: "b\(index)", date: day),
                        [claim(Double(index * 2 + 1), day: day)]
                    ),
                ], runID: nil, deriver: DayDeriver())
        }
        let all = try ledger.flagDetails(FlagFilter(status: .open)).map(\.flag.id)
        XCTAssertEqual(all.count, 3)
        for limit in 1...all.count {
            XCTAssertEqual(
                try ledger.flagDetails(FlagFilter(status: .open, limit: limit)).map(\.flag.id),
                Array(all.prefix(limit)))
        }
    }

    func testReportsRememberWhereTheyEnded() throws {
        let ledger = try Ledger.inMemory()
        XCTAssertNil(try ledger.lastReport(before: Day(iso: "2023-11-07")!))
        let run = try ledger.beginRun(command: "ingest")
        try ledger.recordReport(
            from: Day(iso: "2023-11-01")!, through: Day(iso: "2023-11-06")!, runID: run)
        let mark = try XCTUnwrap(try ledger.lastReport(before: Day(iso: "2023-11-07")!))
        XCTAssertEqual(mark.runID, run)
        XCTAssertNil(
            try ledger.lastReport(before: Day(iso: "2023-11-06")!),
            "a report of the same days again does not count from itself")
    }

    /// A ledger as FactLedger wrote it before disputes: two pairwise flags about one
    /// disagreement (one reviewed), and a reviewed flag the rules no longer give.
    func olderLedger(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v4-claims-by-article")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO source (id, name) VALUES (1, 'A'), (2, 'B'), (3, 'C');
                    INSERT INTO article (id, source_id, ref, version, content_sha256, published, body, origin, ingested_at)
                    VALUES (1, 1, 'u1', 1, 'h1', '2023-11-06', 'a', 't', 'x'),
                           (2, 2, 'u2', 1, 'h2', '2023-11-06', 'b', 't', 'x'),
                           (3, 3, 'u3', 1, 'h3', '2023-11-06', 'c', 't', 'x');
                    INSERT INTO claim (id, article_id, source_id, published, kind, topic, facets, low, high, best,
                        qualifier, certainty, as_of, quote, start, "end", rule)
                    VALUES (1, 1, 1, '2023-11-06', 'numeric', 'hostages.held', '', 240, 240, 240, 'exact', 'asserted', '2023-11-06', 'q', 0, 1, 't'),
                           (2, 2, 2, '2023-11-06', 'numeric', 'hostages.held', '', 170, 170, 170, 'exact', 'asserted', '2023-11-06', 'q', 0, 1, 't'),
                           (3, 3, 3, '2023-11-06', 'numeric', 'hostages.held', '', 100, 100, 100, 'exact', 'asserted', '2023-11-06', 'q', 0, 1, 't');
                    INSERT INTO flag (id, fingerprint, rule_id, kind, level, status, topic, message, known_on)
                    VALUES (1, 'days:1,2', 'days', 'numeric_conflict', 'high', 'dismissed', 'hostages.held', 'A vs B', '2023-11-06'),
                           (2, 'days:1,3', 'days', 'numeric_conflict', 'high', 'open', 'hostages.held', 'A vs C', '2023-11-06'),
                           (3, 'old:2,3', 'old-rule', 'numeric_change', 'info', 'confirmed', 'hostages.held', 'B then C', '2023-11-06');
                    INSERT INTO flag_claim (flag_id, claim_id, position) VALUES (1, 1, 0), (1, 2, 1), (2, 1, 0), (2, 3, 1), (3, 2, 0), (3, 3, 1);
                    INSERT INTO review (flag_id, action, by, at, note)
                    VALUES (1, 'dismiss', 'ana', '2023-11-07T08:00:00Z', 'known gap'),
                           (3, 'confirm', 'bo', '2023-11-07T09:00:00Z', 'real change');
                    """)
        }
        try queue.close()
    }

    func testAnOlderLedgerMovesToDisputesKeepingItsReviews() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ledger.sqlite"
        try olderLedger(at: path)
        let ledger = try Ledger(path: path)
        XCTAssertTrue(try ledger.needsDerivation())
        _ = try ledger.rederive(deriver: DayDeriver(), runID: nil)
        XCTAssertFalse(try ledger.needsDerivation())
        let flags = try ledger.flagDetails()
        let derived = try XCTUnwrap(flags.first { $0.flag.dispute.ruleID == "days" })
        XCTAssertEqual(
            Set(derived.flag.dispute.claimIDs), [1, 2, 3], "the two pairs are one dispute")
        XCTAssertEqual(derived.reviews.map(\.note), ["known gap"])
        XCTAssertEqual(derived.flag.status, .dismissed)
        let carried = try XCTUnwrap(flags.first { $0.flag.dispute.ruleID == "old-rule" })
        XCTAssertEqual(carried.flag.status, .superseded)
        XCTAssertEqual(carried.flag.reviewStatus, .confirmed)
        XCTAssertEqual(carried.reviews.map(\.note), ["real change"])
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        XCTAssertFalse(tables.contains { $0.hasPrefix("legacy_") })
        XCTAssertFalse(tables.contains("flag"))
        // The new column is there and claims stored before have no tally.
        XCTAssertNil(try ledger.read { try $0.claims(ids: [1]) }.first?.claim.tally)
    }
}
