import FactLedgerCore
import FactStore
import Foundation
import GRDB
import TestSupport
import XCTest

final class LedgerTests: XCTestCase {
    func claim(_ topic: String, _ value: Double, quote: String = "q") -> Claim {
        Claim(
            kind: .numeric, topic: topic, quantity: .exact(value), asOf: Day(iso: "2023-11-06")!,
            quote: quote, start: 0,
            end: 1, provenance: "test")
    }

    func article(
        _ body: String, source: String = "Harbor Times", url: String = "https://h.example/1",
        date: String = "2023-11-06"
    ) -> Article {
        Article(source: source, published: Day(iso: date)!, url: url, body: body, origin: "a.txt")
    }

    func testSameContentIsANoOpAndChangedContentIsANewVersion() throws {
        let ledger = try Ledger.inMemory()
        let first = try ledger.ingest(
            article("Text one."), claims: [claim("hostages.held", 240)], runID: nil)
        XCTAssertEqual(first.status, .new)
        XCTAssertEqual(first.version, 1)
        let again = try ledger.ingest(
            article("Text one."), claims: [claim("hostages.held", 240)], runID: nil)
        XCTAssertEqual(again.status, .unchanged)
        XCTAssertTrue(again.claims.isEmpty)
        let second = try ledger.ingest(
            article("Text two."), claims: [claim("hostages.held", 239)], runID: nil)
        XCTAssertEqual(second.status, .newVersion)
        XCTAssertEqual(second.version, 2)
        let versions = try ledger.read {
            try $0.versions(source: "Harbor Times", ref: "https://h.example/1")
        }
        XCTAssertEqual(versions.map(\.version), [1, 2])
        XCTAssertEqual(versions.map(\.article.body), ["Text one.", "Text two."])
        XCTAssertEqual(
            try ledger.read {
                try $0.latestVersion(source: "Harbor Times", ref: "https://h.example/1")
            }?.version, 2)
        let counts = try ledger.read { try $0.counts() }
        XCTAssertEqual(counts.articles, 1)
        XCTAssertEqual(counts.versions, 2)
        XCTAssertEqual(counts.claims, 2)
    }

    func testTimelineLinksEachClaimToTheOneItSupersedes() throws {
        let ledger = try Ledger.inMemory()
        let a = try ledger.ingest(
            article("a", date: "2023-11-06"), claims: [claim("hostages.held", 240)], runID: nil)
        let b = try ledger.ingest(
            article("b", url: "u2", date: "2023-11-08"), claims: [claim("hostages.held", 239)],
            runID: nil)
        _ = try ledger.ingest(
            article("c", source: "Other", url: "u3", date: "2023-11-07"),
            claims: [claim("hostages.held", 200)], runID: nil)
        let timeline = try ledger.read {
            try $0.timeline(topic: "hostages", source: "Harbor Times", kind: nil, through: nil)
        }
        XCTAssertEqual(timeline.map(\.stored.id), [a.claims[0].id, b.claims[0].id])
        XCTAssertEqual(timeline.map(\.supersedes), [nil, a.claims[0].id])
        XCTAssertEqual(
            try ledger.read {
                try $0.timeline(
                    topic: nil, source: nil, kind: .numeric, through: Day(iso: "2023-11-07"))
            }.count, 2)
    }

    func testClaimsByIDAreTheStoredOnesInIDOrderForShortAndLongLists() throws {
        let ledger = try Ledger.inMemory()
        let stored = try ledger.ingest(
            article("a"), claims: (0..<20).map { claim("hostages.held", Double($0)) }, runID: nil
        ).claims.map(\.id)
        let short = try ledger.read { try $0.claims(ids: [stored[4], stored[2], stored[2], 999]) }
        XCTAssertEqual(short.map(\.id), [stored[2], stored[4]])
        XCTAssertEqual(short.map { $0.claim.quantity?.low }, [2, 4])
        let long = try ledger.read { try $0.claims(ids: stored.reversed() + [999]) }
        XCTAssertEqual(long.map(\.id), stored)
    }

    func testAFailingArticleIsLeftOutAloneAndAFailingDerivationStoresNothing() throws {
        let ledger = try Ledger.inMemory()
        // A numeric claim without a figure breaks the claim table's check.
        var broken = claim("hostages.held", 1)
        broken.quantity = nil
        let batch = [
            (article: article("a", url: "u0"), claims: [claim("hostages.held", 240)]),
            (article: article("b", source: "B", url: "u1"), claims: [broken]),
            (article: article("c", source: "C", url: "u2"), claims: [claim("hostages.held", 170)]),
        ]
        let outcome = try ledger.ingest(batch: batch, runID: nil, deriver: DayDeriver())
        XCTAssertEqual(outcome.results.map { (try? $0.get()) != nil }, [true, false, true])
        XCTAssertEqual(try ledger.read { try $0.counts() }.versions, 2)
        XCTAssertEqual(outcome.disputes.opened, 1, "derived once, from the articles stored")

        let other = try Ledger.inMemory()
        XCTAssertThrowsError(
            try other.ingest(
                batch: [(article("a"), [claim("hostages.held", 1)])], runID: nil,
                deriver: DayDeriver(fails: true)))
        XCTAssertEqual(try other.read { try $0.counts() }.versions, 0)
        XCTAssertEqual(try other.read { try $0.counts() }.claims, 0)
    }

    func testANewVersionRecordsTheOneItReplaced() throws {
        let ledger = try Ledger.inMemory()
        let first = try ledger.ingest(
            article("one"), claims: [claim("hostages.held", 240)], runID: nil)
        let second = try ledger.ingest(
            article("two"), claims: [claim("hostages.held", 239)], runID: nil)
        XCTAssertEqual(second.replaced.map(\.id), first.claims.map(\.id))
        XCTAssertTrue(first.replaced.isEmpty)
    }

    func testDryRunChangesNothing() throws {
        let ledger = try Ledger.inMemory()
        let seen = try ledger.dryRun(article("a"), claims: [claim("hostages.held", 1)]) {
            outcome, _, history in
            try history.claims(ofArticle: outcome.articleID).count
        }
        XCTAssertEqual(seen, 1)
        XCTAssertEqual(try ledger.read { try $0.counts() }.versions, 0)
    }

    func testClaimsAreAppendOnly() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ledger.sqlite"
        let ledger = try Ledger(path: path)
        _ = try ledger.ingest(article("a"), claims: [claim("hostages.held", 1)], runID: nil)
        let queue = try DatabaseQueue(path: path)
        XCTAssertThrowsError(try queue.write { try $0.execute(sql: "UPDATE claim SET low = 2") })
        XCTAssertThrowsError(try queue.write { try $0.execute(sql: "DELETE FROM claim") })
    }

    func testRefusesFilesThatAreNotLedgersAndLeavesThemUntouched() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = folder + "/notes.sqlite"
        try Fixtures.write("hello, not a database\n", to: text)
        XCTAssertThrowsError(try Ledger(path: text)) {
            XCTAssertEqual($0 as? LedgerError, .notSQLite(path: text))
        }
        XCTAssertEqual(try String(contentsOfFile: text, encoding: .utf8), "hello, not a database\n")

        let foreign = folder + "/other.sqlite"
        try DatabaseQueue(path: foreign).write {
            try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: foreign))
        XCTAssertThrowsError(try Ledger(path: foreign)) {
            XCTAssertEqual($0 as? LedgerError, .foreignDatabase(path: foreign))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: foreign)), before)
    }

    func testRefusesALedgerFromANewerVersion() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ledger.sqlite"
        _ = try Ledger(path: path)
        try DatabaseQueue(path: path).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-future')")
        }
        XCTAssertThrowsError(try Ledger(path: path)) {
            XCTAssertEqual($0 as? LedgerError, .newerSchema(path: path))
        }
    }

    func testSHA256() {
        XCTAssertEqual(
            ContentHash.hex(Array("abc".utf8)),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            ContentHash.hex([UInt8]()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Several whole blocks, and a tail whose padding needs a block of its own.
        XCTAssertEqual(
            ContentHash.hex(String(repeating: "a", count: 1000).utf8),
            "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        XCTAssertEqual(
            ContentHash.hex(Array(0...255) + Array(repeating: UInt8(ascii: "x"), count: 119)),
            "70e5baa81a3782d679116297e3fd13c259aa664449d602b26ed36e1d63514fd4")
    }
}
