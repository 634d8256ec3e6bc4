import FactLedgerCore
import GRDB
import TestSupport
import XCTest

@testable import FactStore

/// Every query the rules, the reconciliation of disputes and `check` run is served by an index:
/// no scan of the claim or dispute table, and no sort, whatever the ledger's size.
final class QueryPlanTests: XCTestCase {
    func plan(_ sql: String, _ arguments: StatementArguments, in db: Database) throws -> String {
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
            .map { $0["detail"] as String }.joined(separator: "\n")
    }

    func testWindowsAreReadFromCoveringIndexes() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        try queue.read { db in
            let figure: StatementArguments = ["hostages.held", "", "2023-11-01", "2023-11-06"]
            for sql in [
                DatabaseWindows.figureRangeSQL, DatabaseWindows.figuresBeforeSQL,
                DatabaseWindows.figuresAfterSQL,
            ] {
                let found = try plan(sql, figure, in: db)
                XCTAssertTrue(
                    found.contains(
                        "SEARCH claim USING COVERING INDEX claim_figures (topic=? AND facets=? AND as_of"
                    ),
                    found)
                XCTAssertFalse(found.contains("TEMP B-TREE"), found)
            }
            let stance: StatementArguments = ["ceasefire", "Israel", "2023-11-01", "2023-11-06"]
            for sql in [
                DatabaseWindows.stanceRangeSQL, DatabaseWindows.stancesBeforeSQL,
                DatabaseWindows.stancesAfterSQL,
            ] {
                let found = try plan(sql, stance, in: db)
                XCTAssertTrue(
                    found.contains(
                        "SEARCH claim USING COVERING INDEX claim_stances (topic=? AND actor=? AND published"
                    ),
                    found)
                XCTAssertFalse(found.contains("TEMP B-TREE"), found)
            }
            // The report's latest and previous positions walk the stance index backwards.
            let latest: StatementArguments = ["ceasefire", "Israel", "2023-11-06"]
            let previous: StatementArguments = [
                "ceasefire", "Israel", "support", "2023-11-06", "2023-11-05",
            ]
            for (sql, arguments) in [
                (Ledger.latestStanceSQL, latest), (Ledger.previousStanceSQL, previous),
            ] {
                let found = try plan(sql, arguments, in: db)
                XCTAssertTrue(found.contains("USING INDEX claim_stances"), found)
                XCTAssertFalse(found.contains("TEMP B-TREE"), found)
            }
        }
    }

    func testRegionsArticlesAndClaimsAreReadByIndex() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        try queue.read { db in
            let region = try plan(Ledger.regionSQL, ["a", "b"], in: db)
            XCTAssertTrue(
                region.contains(
                    "SEARCH dispute USING INDEX sqlite_autoindex_dispute_1 (identity>? AND identity<?)"
                ), region)
            let versions = try plan(DatabaseWindows.versionsSQL, [1], in: db)
            XCTAssertFalse(versions.contains("SCAN"), versions)
            let byID = try plan(DatabaseHistory.boundIDs[2], [1, 2, 3], in: db)
            XCTAssertTrue(byID.contains("SEARCH claim USING INTEGER PRIMARY KEY (rowid=?)"), byID)
            XCTAssertFalse(byID.contains("TEMP B-TREE"), byID)
            let ofArticle = try plan(DatabaseHistory.claimsOfArticleSQL, [1], in: db)
            XCTAssertTrue(
                ofArticle.contains("SEARCH claim USING INDEX claim_on_article ("), ofArticle)
            XCTAssertFalse(ofArticle.contains("TEMP B-TREE"), ofArticle)
        }
    }
}
