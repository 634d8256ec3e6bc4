import FactLedgerCore
import GRDB
import TestSupport
import XCTest

@testable import FactStore

/// Every history query shape the rule evaluators and `check` run is served by an index: no
/// full scan of the claim table, whatever the ledger's size.
final class QueryPlanTests: XCTestCase {
    func plans(_ query: ClaimQuery, in db: Database) throws -> [String] {
        try DatabaseHistory.parts(of: query).map { part in
            var part = part
            // Band pieces are read one day of the window at a time.
            if part.side != nil { part.days = DatabaseHistory.dayByDay(query) }
            let (sql, arguments) = DatabaseHistory.sql(for: part)
            return try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(arguments)
            )
            .map { $0["detail"] as String }.joined(separator: "\n")
        }
    }

    func testEveryEvaluatorQueryUsesAnIndex() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        let day = Day(iso: "2023-11-06")!
        var shapes: [(String, ClaimQuery)] = []
        var conflict = ClaimQuery(.numeric, topic: "hostages.held")
        conflict.facets = Facets()
        conflict.from = day.adding(days: -2)
        conflict.through = day.adding(days: 2)
        conflict.notSource = "Harbor Times"
        conflict.notArticle = 1
        conflict.outside = 190...260
        conflict.newestFirst = true
        conflict.limit = 200
        shapes.append(("numeric_conflict", conflict))
        var bySpeaker = ClaimQuery(.numeric, topic: "casualties.killed")
        bySpeaker.facets = Facets(["place": "Gaza"])
        bySpeaker.speaker = "Gaza health ministry"
        bySpeaker.asOfBefore = day
        bySpeaker.from = day.adding(days: -30)
        bySpeaker.notArticle = 1
        bySpeaker.newestFirst = true
        bySpeaker.byAsOf = true
        bySpeaker.limit = 1
        shapes.append(("numeric_change by speaker", bySpeaker))
        var bySource = bySpeaker
        bySource.speaker = nil
        bySource.source = "Harbor Times"
        shapes.append(("numeric_change and cumulative_decrease by source", bySource))
        var sameDay = conflict
        sameDay.asOf = day
        shapes.append(("numeric_conflict on a cumulative measure", sameDay))
        var stance = ClaimQuery(.stance, topic: "ceasefire")
        stance.actors = ["Israel", "IDF", "Netanyahu"]
        stance.from = day.adding(days: -3)
        stance.through = day.adding(days: 3)
        stance.notSource = "Harbor Times"
        stance.polarities = [.oppose]
        stance.newestFirst = true
        stance.limit = 100
        shapes.append(("stance_conflict", stance))
        var opposing = ClaimQuery(.stance, topic: "ceasefire")
        opposing.actors = ["Israel"]
        opposing.from = day.adding(days: -30)
        opposing.through = day.adding(days: 30)
        opposing.notArticle = 1
        opposing.polarities = [.oppose, .demand]
        opposing.newestFirst = true
        opposing.limit = 5
        shapes.append(("check: an actor's latest opposite positions", opposing))
        var reversal = ClaimQuery(.stance, topic: "ceasefire")
        reversal.actors = ["Israel"]
        reversal.through = day.adding(days: -4)
        reversal.newestFirst = true
        reversal.limit = 1
        shapes.append(("stance_reversal", reversal))
        var window = ClaimQuery(.numeric, topic: "hostages.held")
        window.facets = Facets()
        window.from = day.adding(days: -7)
        window.through = day.adding(days: 7)
        window.notArticle = 1
        window.newestFirst = true
        window.limit = 20
        shapes.append(("check: the newest figures in a window", window))
        try queue.read { db in
            for (name, query) in shapes {
                for plan in try plans(query, in: db) {
                    XCTAssertTrue(plan.contains("SEARCH claim USING"), "\(name):\n\(plan)")
                    XCTAssertFalse(plan.contains("SCAN claim"), "\(name):\n\(plan)")
                    if query.outside != nil, query.asOf != nil {
                        // The claims about the day, by publication day, a range on `low`, from
                        // the index alone.
                        XCTAssertTrue(
                            plan.contains("COVERING INDEX claim_on_topic_as_of (")
                                && plan.contains("as_of=? AND published=? AND low"),
                            "\(name):\n\(plan)")
                    } else if query.outside != nil {
                        // Day by day, a range on `low`, from the index alone.
                        XCTAssertTrue(
                            plan.contains("COVERING INDEX claim_on_topic (")
                                && plan.contains("published=? AND low"), "\(name):\n\(plan)")
                    } else {
                        // Read in the query's order straight off the index: a limit stops early.
                        XCTAssertFalse(plan.contains("TEMP B-TREE"), "\(name):\n\(plan)")
                        // An actor's positions: only claims of the asked polarity are read.
                        if query.polarities != nil {
                            XCTAssertTrue(
                                plan.contains("INDEX claim_on_stance (")
                                    && plan.contains("actor=? AND polarity=? AND published"),
                                "\(name):\n\(plan)")
                        }
                    }
                }
            }
        }
    }

    func testTheNewestDayAndAnArticleVersionsClaimsAreReadByIndex() throws {
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue)
        try queue.read { db in
            let newest = try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + DatabaseHistory.newestPublishedSQL
            ).map { $0["detail"] as String }.joined(separator: "\n")
            XCTAssertTrue(
                newest.contains("SEARCH claim USING COVERING INDEX claim_on_published"), newest)
            let byID = try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + DatabaseHistory.boundIDs[2], arguments: [1, 2, 3]
            ).map { $0["detail"] as String }.joined(separator: "\n")
            XCTAssertTrue(byID.contains("SEARCH claim USING INTEGER PRIMARY KEY (rowid=?)"), byID)
            XCTAssertFalse(byID.contains("TEMP B-TREE"), byID)
            for sql in [DatabaseHistory.claimsOfArticleSQL, DatabaseHistory.previousVersionSQL] {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1])
                    .map { $0["detail"] as String }.joined(separator: "\n")
                XCTAssertFalse(plan.contains("SCAN"), plan)
                XCTAssertFalse(plan.contains("TEMP B-TREE"), plan)
                if sql == DatabaseHistory.claimsOfArticleSQL {
                    XCTAssertTrue(
                        plan.contains("SEARCH claim USING INDEX claim_on_article ("), plan)
                }
            }
        }
    }
}
