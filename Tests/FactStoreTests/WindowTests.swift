import FactLedgerCore
import GRDB
import XCTest

@testable import FactStore

/// The windows the rules read from the ledger hold exactly the stored claims they ask for, tell
/// live claims from replaced ones, and find the nearest day of a series as a scan of every claim
/// would, whether the days around were read before or not.
final class WindowTests: XCTestCase {
    let first = Day(iso: "2023-11-01")!
    let sources = ["Harbor Times", "Meridian Post", "Coastal Wire"]
    let speakers: [String?] = [nil, "IDF", "Gaza health ministry"]
    let actors = ["Israel", "IDF", "Qatar"]

    func fill(_ ledger: Ledger, _ random: inout SplitMix) throws -> [StoredClaim] {
        var stored: [StoredClaim] = []
        for index in 0..<120 {
            let published = first.adding(days: random.below(20))
            var claims: [Claim] = []
            for _ in 0..<(1 + random.below(4)) {
                let asOf = published.adding(days: -random.below(3))
                if random.below(10) < 7 {
                    let value = Double(180 + random.below(80))
                    claims.append(
                        Claim(
                            kind: .numeric, topic: "hostages.held",
                            facets: random.below(2) == 0 ? Facets() : Facets(["place": "Gaza"]),
                            speaker: random.pick(speakers),
                            quantity: random.below(4) == 0
                                ? Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
                                : .exact(value),
                            asOf: asOf, quote: "q", start: 0, end: 1, provenance: "t",
                            tally: random.pick([nil, .level, .cumulative])))
                } else {
                    claims.append(
                        Claim(
                            kind: .stance, topic: "ceasefire", actor: random.pick(actors),
                            polarity: random.pick([.support, .oppose, .demand]), asOf: asOf,
                            quote: "q", start: 0, end: 1, provenance: "t"))
                }
            }
            // Now and then a new version of an earlier article.
            let url = random.below(6) == 0 && index > 10 ? "u\(random.below(index))" : "u\(index)"
            let outcome = try ledger.ingest(
                Article(
                    source: sources[Int(url.dropFirst())! % sources.count], published: published,
                    url: url, body: "article \(index)", origin: "t"),
                claims: claims, runID: nil)
            stored += outcome.claims
        }
        return stored
    }

    func testWindowsAgreeWithAScanOfEveryClaim() throws {
        let ledger = try Ledger.inMemory()
        var random = SplitMix(seed: 7)
        let stored = try fill(ledger, &random)
        try ledger.writer.read { db in
            // Which versions were replaced, as the article table says.
            let latest = try Row.fetchAll(
                db,
                sql: """
                    SELECT article.id, (SELECT MAX(later.id) FROM article AS later
                        WHERE later.source_id = article.source_id AND later.ref = article.ref) AS latest
                    FROM article
                    """
            ).reduce(into: [Int64: Int64]()) { $0[$1[0]] = $1[1] }
            let all = stored.map { claim -> WindowClaim in
                let newest = latest[claim.articleID]!
                return WindowClaim(
                    claim, replacedBy: newest == claim.articleID ? nil : -1,
                    latestVersion: newest == claim.articleID ? nil : newest)
            }
            XCTAssertTrue(all.contains { !$0.isLive })
            for round in 0..<300 {
                // A fresh set of windows every few rounds, so that some queries find their days
                // read already and some do not.
                let windows = try DatabaseWindows(db)
                let day = first.adding(days: random.below(22))
                let span = day...day.adding(days: random.below(4))
                let facets = random.below(2) == 0 ? Facets() : Facets(["place": "Gaza"])
                let figures = try windows.figures(
                    topic: "hostages.held", facets: facets, days: span)
                let expected = all.filter {
                    $0.kind == .numeric && $0.facets == facets && span.contains($0.asOf)
                }
                XCTAssertEqual(Set(figures.map(\.id)), Set(expected.map(\.id)), "round \(round)")
                for claim in figures {
                    let reference = expected.first { $0.id == claim.id }!
                    XCTAssertEqual(claim.isLive, reference.isLive)
                    XCTAssertEqual(claim.latestVersion, reference.latestVersion)
                    XCTAssertEqual(claim.quantity, reference.quantity)
                    XCTAssertEqual(claim.tally, reference.tally)
                    XCTAssertEqual(claim.speaker, reference.speaker)
                    XCTAssertEqual(claim.source, reference.source)
                }
                let speaker = random.pick(speakers)
                let before = random.below(2) == 0
                let within = 1 + random.below(8)
                let accept = { (claim: WindowClaim) in claim.speaker == speaker && claim.isLive }
                let nearest = try windows.nearestDay(
                    .figure(topic: "hostages.held", facets: facets), from: day, before: before,
                    within: within, where: accept)
                let candidates = all.filter {
                    $0.kind == .numeric && $0.facets == facets && accept($0)
                        && (before
                            ? (1...within).contains($0.asOf.days(to: day))
                            : (1...within).contains(day.days(to: $0.asOf)))
                }.map(\.asOf)
                XCTAssertEqual(
                    nearest, before ? candidates.max() : candidates.min(), "round \(round)")
                let chosen = Array(actors.shuffled(using: &random).prefix(1 + random.below(2)))
                let stances = try windows.stances(topic: "ceasefire", actors: chosen, days: span)
                XCTAssertEqual(
                    Set(stances.map(\.id)),
                    Set(
                        all.filter {
                            $0.kind == .stance && chosen.contains($0.actor!)
                                && span.contains($0.published)
                        }.map(\.id)))
                let stanceDay = try windows.nearestDay(
                    .stance(topic: "ceasefire", actors: chosen), from: day, before: before,
                    within: within, where: { $0.polarity == .oppose })
                let stanceCandidates = all.filter {
                    $0.kind == .stance && chosen.contains($0.actor!) && $0.polarity == .oppose
                        && (before
                            ? (1...within).contains($0.published.days(to: day))
                            : (1...within).contains(day.days(to: $0.published)))
                }.map(\.published)
                XCTAssertEqual(
                    stanceDay, before ? stanceCandidates.max() : stanceCandidates.min())
            }
            let windows = try DatabaseWindows(db)
            let replaced = try XCTUnwrap(all.first { !$0.isLive })
            let versions = try windows.versions(ofArticle: replaced.articleID)
            XCTAssertGreaterThan(versions.versions.count, 1)
            XCTAssertEqual(versions.versions.map(\.number), Array(1...versions.versions.count))
            XCTAssertEqual(versions.versions.last?.articleID, replaced.latestVersion)
            XCTAssertTrue(versions.versions.last!.claims.allSatisfy(\.isLive))
        }
    }
}
