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

    func testClaimsSinceARun() throws {
        let ledger = try Ledger.inMemory()
        let run1 = try ledger.beginRun(command: "ingest")
        _ = try ledger.ingest(article("a"), claims: [claim("hostages.held", 240)], runID: run1)
        let run2 = try ledger.beginRun(command: "ingest")
        let later = try ledger.ingest(
            article("b", url: "u2"), claims: [claim("hostages.held", 241)], runID: run2)
        XCTAssertEqual(
            try ledger.read { try $0.claims(sinceRun: run1) }.map(\.id), later.claims.map(\.id))
    }

    func testAFailingEvaluatorLeavesNothingOfTheArticle() throws {
        let ledger = try Ledger.inMemory()
        struct Boom: Error {}
        XCTAssertThrowsError(
            try ledger.ingest(article("a"), claims: [claim("hostages.held", 1)], runID: nil) {
                _, _ in throw Boom()
            })
        XCTAssertEqual(try ledger.read { try $0.counts() }.versions, 0)
        XCTAssertEqual(try ledger.read { try $0.counts() }.claims, 0)
    }

    func testABatchKeepsEveryArticleButTheOneThatFails() throws {
        let ledger = try Ledger.inMemory()
        struct Boom: Error {}
        // The evaluator refuses the second article and records what each evaluation saw.
        final class Seen: @unchecked Sendable { var counts: [Int] = [] }
        let seen = Seen()
        let batch = ["a", "b", "c"].enumerated().map { index, body in
            (
                article: article(body, url: "u\(index)"),
                claims: [claim("hostages.held", Double(240 + index))]
            )
        }
        let results = try ledger.ingest(batch: batch, runID: nil) { history, fresh in
            let earlier = try history.claims(ClaimQuery(.numeric, topic: "hostages.held"))
            seen.counts.append(earlier.count)
            if fresh[0].claim.quantity?.low == 241 { throw Boom() }
            return []
        }
        XCTAssertEqual(results.map { (try? $0.get()) != nil }, [true, false, true])
        XCTAssertTrue((try? results[1].get()) == nil)
        let counts = try ledger.read { try $0.counts() }
        XCTAssertEqual(counts.versions, 2)
        XCTAssertEqual(counts.claims, 2)
        let stored = try ledger.read { try $0.claims(ClaimQuery(.numeric, topic: "hostages.held")) }
        XCTAssertEqual(stored.map { $0.claim.quantity?.low }, [240, 242])
        // The third article was evaluated against the first and its own claim, never the second's.
        XCTAssertEqual(seen.counts.last, 2)
        XCTAssertEqual(results.compactMap { try? $0.get().claims.first?.id }, stored.map(\.id))
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

    func testDryRunChangesNothing() throws {
        let ledger = try Ledger.inMemory()
        let seen = try ledger.dryRun(article("a"), claims: [claim("hostages.held", 1)]) {
            outcome, history in
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

    func testReviewTransitionsAreLogged() throws {
        let ledger = try Ledger.inMemory()
        let finding = Finding(
            ruleID: "r", kind: "numeric_conflict", level: .high, topic: "t", message: "m",
            claimIDs: [], knownOn: Day(iso: "2023-11-06")!)
        let outcome = try ledger.ingest(
            article("a"), claims: [claim("hostages.held", 1)], runID: nil
        ) { _, fresh in
            [
                Finding(
                    ruleID: finding.ruleID, kind: finding.kind, level: .high, topic: "t",
                    message: "m", claimIDs: fresh.map(\.id), knownOn: fresh[0].published)
            ]
        }
        let id = try XCTUnwrap(outcome.newFlagIDs.first)
        try ledger.review(flagID: id, action: .dismiss, by: "ana", note: "different places")
        XCTAssertThrowsError(try ledger.review(flagID: id, action: .confirm, by: "ana", note: "x"))
        {
            XCTAssertEqual(
                $0 as? LedgerError, .invalidTransition(id: id, from: "dismissed", action: "confirm")
            )
        }
        try ledger.review(flagID: id, action: .reopen, by: "bo", note: "new evidence")
        try ledger.review(flagID: id, action: .confirm, by: "bo", note: "real")
        let detail = try ledger.flagDetail(id: id)
        XCTAssertEqual(detail.flag.status, .confirmed)
        XCTAssertEqual(detail.reviews.map(\.action), [.dismiss, .reopen, .confirm])
        XCTAssertEqual(detail.reviews.map(\.by), ["ana", "bo", "bo"])
        XCTAssertThrowsError(try ledger.review(flagID: 999, action: .confirm, by: "x", note: "y")) {
            XCTAssertEqual($0 as? LedgerError, .unknownFlag(id: 999))
        }
    }

    func testTheSameFindingNeverMakesTwoFlags() throws {
        let ledger = try Ledger.inMemory()
        let evaluator: Ledger.Evaluator = { history, fresh in
            let all = try history.claims(ClaimQuery(.numeric, topic: "hostages.held"))
            return [
                Finding(
                    ruleID: "r", kind: "k", level: .low, topic: "t", message: "m",
                    claimIDs: Array(all.prefix(2)).map(\.id), knownOn: fresh[0].published)
            ]
        }
        _ = try ledger.ingest(
            article("a"), claims: [claim("hostages.held", 1)], runID: nil, evaluate: evaluator)
        _ = try ledger.ingest(
            article("b", url: "u2"), claims: [claim("hostages.held", 2)], runID: nil,
            evaluate: evaluator)
        _ = try ledger.ingest(
            article("c", url: "u3"), claims: [claim("hostages.held", 3)], runID: nil,
            evaluate: evaluator)
        XCTAssertEqual(try ledger.flags().count, 2)
        XCTAssertEqual(try ledger.reevaluate(runID: nil, evaluate: evaluator).count, 0)
    }

    func testADryRunReportsTheFlagsAnIngestWouldAddAndWritesNone() throws {
        let ledger = try Ledger.inMemory()
        // Flags the two oldest claims (stored once the second article is in) and the two
        // newest, twice over.
        let evaluator: Ledger.Evaluator = { history, fresh in
            let all = try history.claims(ClaimQuery(.numeric, topic: "hostages.held"))
            let finding = { (claims: ArraySlice<StoredClaim>) in
                Finding(
                    ruleID: "r", kind: "k", level: .low, topic: "t", message: "m",
                    claimIDs: claims.map(\.id), knownOn: fresh[0].published)
            }
            return [finding(all.prefix(2)), finding(all.suffix(2)), finding(all.suffix(2))]
        }
        for (index, value) in [1.0, 2].enumerated() {
            _ = try ledger.ingest(
                article("\(value)", url: "u\(index)"), claims: [claim("hostages.held", value)],
                runID: nil, evaluate: evaluator)
        }
        XCTAssertEqual(try ledger.flags().count, 2)
        let next = article("3", url: "u3")
        let reported = try ledger.dryRun(
            next, claims: [claim("hostages.held", 3)], evaluate: evaluator
        ) { outcome, _ in outcome.newFindings.map(\.fingerprint) }
        XCTAssertEqual(try ledger.flags().count, 2)
        let added = try ledger.ingest(
            next, claims: [claim("hostages.held", 3)], runID: nil, evaluate: evaluator)
        XCTAssertEqual(reported, added.newFindings.map(\.fingerprint))
        XCTAssertEqual(reported.count, 1)
    }

    func testALimitedFlagListIsTheFullListsBeginning() throws {
        let ledger = try Ledger.inMemory()
        let levels: [Level] = [.low, .critical, .info, .high, .medium, .high, .low, .critical]
        for (index, level) in levels.enumerated() {
            _ = try ledger.ingest(
                article("text \(index)", url: "u\(index)", date: "2023-11-0\(index % 3 + 1)"),
                claims: [claim("hostages.held", Double(index))], runID: nil
            ) { _, fresh in
                [
                    Finding(
                        ruleID: "r\(index)", kind: "k", level: level, topic: "t", message: "m",
                        claimIDs: fresh.map(\.id), knownOn: fresh[0].published)
                ]
            }
        }
        let all = try ledger.flagDetails(status: .open).map(\.flag.finding.ruleID)
        XCTAssertEqual(all.count, levels.count)
        for limit in 1...levels.count {
            // Read level by level, the first flags are those of the whole list, in its order.
            XCTAssertEqual(
                try ledger.flagDetails(status: .open, limit: limit).map(\.flag.finding.ruleID),
                Array(all.prefix(limit)))
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
