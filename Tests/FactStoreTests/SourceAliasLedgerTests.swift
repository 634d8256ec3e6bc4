import FactLedgerCore
import Foundation
import GRDB
import TestSupport
import XCTest

@testable import FactStore

/// Source aliases in the store: the migration's constraints, claims counted under the
/// canonical source in windows and listings, and disputes derived again when an alias is added.
final class SourceAliasLedgerTests: XCTestCase {
    func claim(_ value: Double, topic: String = "hostages.held") -> Claim {
        Claim(
            kind: .numeric, topic: topic, quantity: .exact(value), asOf: Day(iso: "2023-11-06")!,
            quote: "q", start: 0, end: 1, provenance: "test")
    }

    func ingest(_ ledger: Ledger, _ body: String, _ source: String, _ value: Double) throws
        -> BatchOutcome
    {
        try ledger.ingest(
            batch: [
                (
                    Article(
                        source: source, published: Day(iso: "2023-11-06")!,
                        url: "https://x.example/\(body)", body: body, origin: "t"),
                    [claim(value)]
                )
            ], runID: nil, deriver: DayDeriver())
    }

    func testTheMigrationFollowsV6AndConstrainsItsRows() throws {
        let names = Migrations.migrator.migrations
        let v6 = try XCTUnwrap(names.firstIndex(of: "v6-articles-by-content"))
        XCTAssertEqual(names[v6 + 1], "v7-source-aliases")
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", 240)
        _ = try ingest(ledger, "b", "B", 240)
        try ledger.writer.write { db in
            let b = try XCTUnwrap(
                try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE name = 'B'"))
            let a = try XCTUnwrap(
                try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE name = 'A'"))
            for (sql, why) in [
                ("INSERT INTO source_alias VALUES (\(a), \(a), 'now')", "an alias of itself"),
                ("INSERT INTO source_alias VALUES (\(a), 999, 'now')", "an unknown canonical"),
                ("INSERT INTO source_alias VALUES (999, \(a), 'now')", "an unknown source"),
                ("INSERT INTO source_alias VALUES (\(a), NULL, 'now')", "no canonical"),
                (
                    "INSERT INTO source_alias (source_id, canonical_id) VALUES (\(b), \(a))",
                    "no time"
                ),
            ] {
                XCTAssertThrowsError(try db.execute(sql: sql), why)
            }
            try db.execute(sql: "INSERT INTO source_alias VALUES (\(b), \(a), 'now')")
            XCTAssertThrowsError(
                try db.execute(sql: "INSERT INTO source_alias VALUES (\(b), \(a), 'now')"),
                "a source is an alias of one source at most")
        }
    }

    func testAnAliasJoinsTheSpellingsAndDerivesTheirDisputesAgain() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "Times of Israel", 240)
        let opened = try ingest(ledger, "b", "The Times of Israel", 170)
        XCTAssertEqual(opened.disputes.opened, 1, "two spellings look like two outlets")

        let alias = try ledger.addAlias(
            "Times of Israel", to: "The Times of Israel", deriver: DayDeriver(), runID: nil)
        XCTAssertEqual(alias.canonical, "The Times of Israel")
        XCTAssertEqual(alias.changes.entries.map(\.change), [.removed])
        XCTAssertTrue(try ledger.flags().isEmpty)
        XCTAssertEqual(
            try ledger.sources(),
            [
                SourceSummary(
                    name: "The Times of Israel", articles: 2, claims: 2,
                    aliases: ["Times of Israel"])
            ])
        XCTAssertEqual(try ledger.canonicalSource("Times of Israel"), "The Times of Israel")
        XCTAssertEqual(try ledger.read { try $0.counts() }.sources, 1)
        let listed = try ledger.read { try $0.timeline(ClaimFilter(source: "Times of Israel")) }
        XCTAssertEqual(listed.map(\.stored.source), ["The Times of Israel", "The Times of Israel"])
        XCTAssertEqual(listed.last?.supersedes, listed.first?.stored.id, "one outlet's history")

        // A third outlet still conflicts, with the canonical name on the claims it reads.
        let third = try ingest(ledger, "c", "Harbor Times", 100)
        XCTAssertEqual(third.disputes.opened, 1)
        let sources = try ledger.flagDetails().first?.sources ?? []
        XCTAssertEqual(Set(sources), ["Harbor Times", "The Times of Israel"])
    }

    func testAliasRefusals() throws {
        let ledger = try Ledger.inMemory()
        _ = try ingest(ledger, "a", "A", 240)
        XCTAssertThrowsError(
            try ledger.addAlias("B", to: "Nowhere", deriver: DayDeriver(), runID: nil)
        ) { XCTAssertEqual($0 as? LedgerError, .unknownSource(name: "Nowhere")) }
        _ = try ledger.addAlias("B", to: "A", deriver: DayDeriver(), runID: nil)
        XCTAssertThrowsError(try ledger.addAlias("B", to: "A", deriver: DayDeriver(), runID: nil)) {
            XCTAssertEqual($0 as? LedgerError, .sameSource(spelling: "B", canonical: "A"))
        }
        XCTAssertThrowsError(try ledger.addAlias("A", to: "B", deriver: DayDeriver(), runID: nil)) {
            XCTAssertEqual($0 as? LedgerError, .sameSource(spelling: "A", canonical: "A"))
        }
    }
}
