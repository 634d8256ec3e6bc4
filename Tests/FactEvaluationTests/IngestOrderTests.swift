import FactBench
import FactEvaluation
import FactIngest
import FactLedgerCore
import FactPipeline
import TestSupport
import XCTest

/// The result does not depend on the order articles arrive in: the same corpus ingested in date
/// order, in reverse and in random orders gives the same disputes, with the same claims, states
/// and levels.
final class IngestOrderTests: XCTestCase {
    func testOrdersKeepTheVersionsOfAnArticleInTheirOrder() {
        let items = ["a1", "b", "a2", "c", "a3", "d"]
        for order in IngestOrder.standard {
            let arranged = order.arrange(items) { String($0.prefix(1)) }
            XCTAssertEqual(Set(arranged), Set(items))
            XCTAssertEqual(arranged.filter { $0.hasPrefix("a") }, ["a1", "a2", "a3"], "\(order)")
        }
        XCTAssertEqual(IngestOrder.reverse.arrange(["x", "y", "z"]) { $0 }, ["z", "y", "x"])
    }

    func testTheSampleCorpusGivesTheSameDisputesInEveryOrder() throws {
        let (corpus, _) = try CorpusArticle.load(folder: Fixtures.path("Corpus/articles"))
        let byDate = corpus.map(\.article)
        var snapshots: [(IngestOrder, DisputeSnapshot)] = []
        for order in IngestOrder.standard {
            let articles = order.arrange(byDate) { "\($0.source)|\($0.ref)" }
            // Small batches, so that later articles meet what earlier batches derived.
            snapshots.append(
                (
                    order,
                    try DisputeSnapshot.ingesting(articles, folder: Fixtures.rules, batchSize: 5)
                ))
        }
        XCTAssertGreaterThan(snapshots[0].1.lines.count, 40)
        XCTAssertTrue(snapshots[0].1.lines.contains { $0.contains(" # superseded # ") })
        for (order, snapshot) in snapshots.dropFirst() {
            XCTAssertEqual(
                snapshot.differences(from: snapshots[0].1), [], "\(order) against date order")
        }
    }

    func testTheSyntheticFeedGivesTheSameDisputesInEveryOrder() throws {
        var feed = SyntheticCorpus(count: 400, seed: 21)
        feed.days = 12
        let byDate = Array(feed).sorted { $0.published < $1.published }
        let first = try DisputeSnapshot.ingesting(byDate, folder: Fixtures.rules)
        XCTAssertGreaterThan(first.lines.count, 20)
        for order in IngestOrder.standard.dropFirst() {
            let articles = order.arrange(byDate) { "\($0.source)|\($0.ref)" }
            let snapshot = try DisputeSnapshot.ingesting(articles, folder: Fixtures.rules)
            XCTAssertEqual(snapshot.differences(from: first), [], "\(order) against date order")
        }
    }
}
