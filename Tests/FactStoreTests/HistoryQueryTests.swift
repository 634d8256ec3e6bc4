import FactLedgerCore
import FactStore
import Foundation
import XCTest

/// The ledger answers every history query exactly as the reference semantics of `ClaimQuery`
/// (`matches`, then `orders`, then the limit) over all stored claims, however it splits the
/// query into pieces, reads bands day by day or stops early.
final class HistoryQueryTests: XCTestCase {
    let first = Day(iso: "2023-11-01")!
    let sources = ["Harbor Times", "Meridian Post", "Coastal Wire", "Northern Ledger"]
    let facets = [Facets(), Facets(["place": "Gaza"])]
    let speakers: [String?] = [nil, "IDF", "Gaza health ministry"]
    let actors = ["Israel", "IDF", "Qatar", "Hamas"]

    func quantity(_ random: inout SplitMix) -> Quantity {
        let value = Double(180 + random.below(80))
        switch random.below(5) {
        case 0: return Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
        case 1: return Quantity(low: value, high: value + 30, best: nil, qualifier: .range)
        case 2: return Quantity(low: 24, high: 99, best: nil, qualifier: .vague)
        default: return .exact(value)
        }
    }

    func fill(_ ledger: Ledger, _ random: inout SplitMix) throws {
        for index in 0..<160 {
            let published = first.adding(days: random.below(12))
            var claims: [Claim] = []
            for _ in 0..<(1 + random.below(5)) {
                let asOf = published.adding(days: -random.below(3))
                if random.chance(7) {
                    claims.append(
                        Claim(
                            kind: .numeric, topic: random.pick(["hostages.held", "aid.trucks"]),
                            facets: random.pick(facets), speaker: random.pick(speakers),
                            quantity: quantity(&random), asOf: asOf, quote: "q", start: 0,
                            end: 1, provenance: "test"))
                } else {
                    claims.append(
                        Claim(
                            kind: .stance, topic: random.pick(["ceasefire", "fuel"]),
                            actor: random.pick(actors),
                            polarity: random.pick([.support, .oppose, .demand]), asOf: asOf,
                            quote: "q", start: 0, end: 1, provenance: "test"))
                }
            }
            _ = try ledger.ingest(
                Article(
                    source: random.pick(sources), published: published,
                    url: "https://x.example/\(index)", body: "article \(index)", origin: "t"),
                claims: claims, runID: nil)
        }
    }

    func query(_ random: inout SplitMix, articles: Int64) -> ClaimQuery {
        let numeric = random.chance(6)
        var query = ClaimQuery(
            numeric ? .numeric : .stance,
            topic: numeric
                ? random.pick(["hostages.held", "aid.trucks"]) : random.pick(["ceasefire", "fuel"]))
        // Some windows reach past the newest claim, or start after it.
        let day = first.adding(days: random.below(15))
        if random.chance(7) {
            query.from = day.adding(days: -random.below(4))
            query.through = day.adding(days: random.below(4))
        } else if random.chance(5) {
            query.from = day
        } else if random.chance(5) {
            query.through = day
        }
        if numeric {
            if random.chance(8) { query.facets = random.pick(facets) }
            if random.chance(4) {
                let low = Double(170 + random.below(80))
                query.outside =
                    low...(random.chance(8) ? low + Double(random.below(40)) : .infinity)
            }
            if random.chance(2) { query.asOf = day.adding(days: -random.below(2)) }
            if random.chance(2) { query.asOfBefore = day }
            if random.chance(2) { query.asOfAfter = day.adding(days: -3) }
            if random.chance(2) { query.speaker = random.pick(speakers.compactMap { $0 }) }
        } else {
            if random.chance(8) {
                query.actors = Array(actors.shuffled(using: &random).prefix(1 + random.below(3)))
            }
            if random.chance(4) { query.polarities = [random.pick([.support, .oppose, .demand])] }
        }
        if random.chance(3) { query.source = random.pick(sources) }
        if random.chance(4) { query.notSource = random.pick(sources) }
        if random.chance(3) { query.notArticle = Int64(1 + random.below(Int(articles))) }
        query.newestFirst = random.chance(6)
        query.byAsOf = random.chance(3)
        if random.chance(7) { query.limit = 1 + random.below(12) }
        return query
    }

    func testTheLedgerAgreesWithTheReferenceSemantics() throws {
        let ledger = try Ledger.inMemory()
        var random = SplitMix(seed: 42)
        try fill(ledger, &random)
        let all = try ledger.read { history in
            try ["hostages.held", "aid.trucks"].flatMap {
                try history.claims(ClaimQuery(.numeric, topic: $0))
            }
                + ["ceasefire", "fuel"].flatMap {
                    try history.claims(ClaimQuery(.stance, topic: $0))
                }
        }
        XCTAssertGreaterThan(all.count, 300)
        for _ in 0..<1_500 {
            let query = query(&random, articles: 160)
            let expected = all.filter(query.matches).sorted(by: query.orders)
            let reference = query.limit.map { Array(expected.prefix($0)) } ?? expected
            let answered = try ledger.read { try $0.claims(query) }
            XCTAssertEqual(answered.map(\.id), reference.map(\.id), "\(query)")
        }
    }
}

extension SplitMix {
    /// True `inTen` times in ten.
    fileprivate mutating func chance(_ inTen: Int) -> Bool { below(10) < inTen }
}
