import FactLedgerCore
import TestSupport
import XCTest

@testable import FactBench

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

    func testEachVoiceStatesOneFigureADayAndItsTotalsOnlyFallWhenPlanted() {
        // A speaker's figure for a day differs only by how it is stated (bounds, rounding) or
        // by a planted misreport, and a running total never falls unless planted.
        var corpus = SyntheticCorpus(count: 400, seed: 4)
        (corpus.sources, corpus.days) = (3, 8)
        var iterator = corpus.makeIterator()
        var byVoiceDay: [String: [Double]] = [:]
        var planted = 0
        while let article = iterator.next() {
            let plants = Set(iterator.planted.compactMap(\.sentence))
            for claim in Fixtures.rules.extractor.claims(in: article)
            where claim.topic == "casualties.killed" && claim.facets["place"] == "Gaza"
                && claim.quantity?.qualifier == .exact && claim.speaker != nil
            {
                if plants.contains(where: { $0.contains(claim.quote) }) {
                    planted += 1
                    continue
                }
                byVoiceDay["\(claim.speaker!) \(article.published)", default: []].append(
                    claim.quantity!.low)
            }
        }
        XCTAssertGreaterThan(planted, 0)
        let repeated = byVoiceDay.values.filter { $0.count > 1 }
        XCTAssertGreaterThan(repeated.count, 10)
        XCTAssertTrue(repeated.allSatisfy { Set($0).count == 1 }, "one figure a voice and day")
        var bySpeaker: [String: [(Day, Double)]] = [:]
        for (key, values) in byVoiceDay {
            let speaker = String(key.dropLast(11))
            bySpeaker[speaker, default: []].append((Day(iso: key.suffix(10))!, values[0]))
        }
        for (speaker, series) in bySpeaker {
            let values = series.sorted { $0.0 < $1.0 }.map(\.1)
            XCTAssertEqual(values, values.sorted(), "\(speaker)'s total never falls")
        }
    }

    func testThePlantsAreWhereTheFeedSaysTheyAre() {
        var iterator = SyntheticCorpus(count: 600, seed: 8).makeIterator()
        var kinds: [Plant.Kind: Int] = [:]
        while let article = iterator.next() {
            for plant in iterator.planted {
                kinds[plant.kind, default: 0] += 1
                XCTAssertEqual(plant.url, article.url)
                XCTAssertTrue(article.body.contains(plant.sentence ?? "-"))
                // A planted figure is stated as a number the truth cannot match, never a bound.
                if plant.kind != .backwards {
                    XCTAssertFalse(
                        plant.sentence!.contains("more than")
                            || plant.sentence!.contains("at least"), plant.sentence!)
                }
            }
        }
        XCTAssertGreaterThan(kinds[.misreport] ?? 0, 0)
        XCTAssertGreaterThan(kinds[.fall] ?? 0, 0)
        XCTAssertGreaterThan(kinds[.backwards] ?? 0, 0)
        let corpus = SyntheticCorpus(count: 600, seed: 8)
        let reversals = corpus.reversals
        XCTAssertFalse(reversals.isEmpty)
        for plant in reversals {
            let period = corpus.firstDay.days(to: plant.day) / 21
            XCTAssertNotEqual(
                SyntheticCorpus.position(plant.actor!, plant.topic!, period: period),
                SyntheticCorpus.position(plant.actor!, plant.topic!, period: period - 1))
        }
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
