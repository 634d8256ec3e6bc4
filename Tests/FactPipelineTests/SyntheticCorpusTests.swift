import FactLedgerCore
import TestSupport
import XCTest

@testable import FactPipeline

/// The benchmark's corpus: deterministic, fed in publication order, the size the targets assume.
final class SyntheticCorpusTests: XCTestCase {
    func testTheSameSeedGivesTheSameArticles() {
        let first = Array(SyntheticCorpus(count: 30, seed: 5)).map(\.body)
        XCTAssertEqual(first, Array(SyntheticCorpus(count: 30, seed: 5)).map(\.body))
        XCTAssertNotEqual(first, Array(SyntheticCorpus(count: 30, seed: 6)).map(\.body))
    }

    func testArticlesArriveInPublicationOrderWithAFewLateOnes() {
        let articles = Array(SyntheticCorpus(count: 2_000, seed: 3))
        var latest = articles[0].published
        var late = 0
        for article in articles {
            // At most a day ahead of the feed so far, at most three days behind it.
            XCTAssertLessThanOrEqual(latest.days(to: article.published), 1)
            XCTAssertLessThanOrEqual(article.published.days(to: latest), 3)
            if article.published < latest { late += 1 }
            latest = max(latest, article.published)
        }
        XCTAssertGreaterThan(late, 0)
        XCTAssertLessThan(late, articles.count / 10)
        XCTAssertEqual(articles.first?.published, Day(iso: "2023-10-08"))
        XCTAssertEqual(articles.last?.published, Day(iso: "2023-10-08")!.adding(days: 89))
    }

    func testArticlesAreAboutTwoKilobytesAndAsDenseAsTheSampleCorpus() {
        let articles = Array(SyntheticCorpus(count: 50, seed: 9))
        for article in articles { XCTAssertTrue((1_900...2_400).contains(article.body.utf8.count)) }
        let claims = articles.flatMap { Fixtures.rules.extractor.claims(in: $0) }
        // The sample corpus carries about 10 claims per 2 KB.
        XCTAssertTrue((50 * 8...50 * 13).contains(claims.count), "\(claims.count) claims")
        XCTAssertTrue(claims.contains { $0.kind == .stance })
        XCTAssertTrue(claims.contains { $0.certainty == .reported })
    }

    func testAnOutletRepeatsItsFigureForADay() {
        // One outlet's figures for a topic on one day differ only by how they are stated
        // (bounds, rounding) or by a rare misreport, never by fresh noise.
        var corpus = SyntheticCorpus(count: 240, seed: 4)
        (corpus.sources, corpus.days) = (3, 8)
        var byOutletDay: [String: [Double]] = [:]
        for article in corpus {
            for claim in Fixtures.rules.extractor.claims(in: article)
            where claim.topic == "casualties.killed" && claim.facets["place"] == "Gaza"
                && claim.quantity?.qualifier == .exact
            {
                byOutletDay["\(article.source) \(article.published)", default: []].append(
                    claim.quantity!.low)
            }
        }
        let repeated = byOutletDay.values.filter { $0.count > 1 }
        XCTAssertGreaterThan(repeated.count, 10)
        let consistent = repeated.filter { values in
            values.allSatisfy { $0 == values.max()! || $0 < values.max()! * 0.8 }
        }
        XCTAssertGreaterThan(Double(consistent.count), Double(repeated.count) * 0.9)
    }

    func testContextSentencesCarryNoClaim() {
        var iterator = SyntheticCorpus(count: 1, seed: 2).makeIterator()
        for index in 0..<300 {
            let sentence = iterator.context()
            let article = Article(
                source: "Outlet 1", published: Day(iso: "2023-11-01")!, title: "Context \(index)",
                url: nil, body: sentence, origin: "context")
            XCTAssertEqual(Fixtures.rules.extractor.claims(in: article), [], sentence)
        }
    }
}
