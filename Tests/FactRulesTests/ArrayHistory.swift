import FactLedgerCore

@testable import FactRules

/// A dispute history over an array of claims, for evaluating rule kinds without a database.
struct ArrayHistory: DisputeHistory {
    var claims: [WindowClaim]
    /// Versions of articles: article id → (source, ref, version number).
    var articles: [Int64: (source: String, ref: String, version: Int)] = [:]

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>) throws -> [WindowClaim] {
        claims.filter {
            $0.kind == .numeric && $0.topic == topic && $0.facets == facets
                && days.contains($0.asOf)
        }
    }

    func figures(topic: String, facets: Facets, days: ClosedRange<Day>, voice: Voice) throws
        -> [WindowClaim]
    {
        try figures(topic: topic, facets: facets, days: days).filter(voice.says)
    }

    func figures(topic: String, facets: Facets, about day: Day, published: Day) throws
        -> [WindowClaim]
    {
        try figures(topic: topic, facets: facets, days: day...day).filter {
            $0.published == published
        }
    }

    func stances(topic: String, actors: [String], days: ClosedRange<Day>) throws -> [WindowClaim] {
        claims.filter {
            $0.kind == .stance && $0.topic == topic && actors.contains($0.actor ?? "")
                && days.contains($0.published)
        }
    }

    func nearestDay(
        _ series: Series, from: Day, before: Bool, within: Int,
        where accept: (WindowClaim) -> Bool
    ) throws -> Day? {
        var isStance = false
        if case .stance = series { isStance = true }
        let day = { (claim: WindowClaim) in isStance ? claim.published : claim.asOf }
        let days = claims.filter { claim in
            let inSeries: Bool
            switch series {
            case .figure(let topic, let facets):
                inSeries = claim.kind == .numeric && claim.topic == topic && claim.facets == facets
            case .voice(let topic, let facets, let voice):
                inSeries =
                    claim.kind == .numeric && claim.topic == topic && claim.facets == facets
                    && voice.says(claim)
            case .stance(let topic, let actors):
                inSeries =
                    claim.kind == .stance && claim.topic == topic
                    && actors.contains(claim.actor ?? "")
            }
            let distance = from.days(to: day(claim))
            let side =
                before ? (-within...(-1)).contains(distance) : (1...within).contains(distance)
            return inSeries && side && accept(claim)
        }.map(day)
        return before ? days.max() : days.min()
    }

    func versions(ofArticle articleID: Int64) throws -> ArticleVersions {
        guard let article = articles[articleID] else {
            let own = claims.filter { $0.articleID == articleID }
            return ArticleVersions(
                source: own.first?.source ?? "", ref: "r\(articleID)",
                versions: [
                    .init(
                        articleID: articleID, number: 1,
                        published: own.first?.published ?? Day(ordinal: 0), claims: own)
                ])
        }
        let ids = articles.filter {
            $0.value.source == article.source && $0.value.ref == article.ref
        }
        .sorted { $0.value.version < $1.value.version }
        return ArticleVersions(
            source: article.source, ref: article.ref,
            versions: ids.map { id, info in
                let own = claims.filter { $0.articleID == id }
                return .init(
                    articleID: id, number: info.version,
                    published: own.first?.published ?? Day(ordinal: 0), claims: own)
            })
    }

    var hasReplacedClaims: Bool { claims.contains { !$0.isLive } }

    func quotes(_ ids: [Int64]) throws -> [Int64: String] {
        Dictionary(uniqueKeysWithValues: ids.map { ($0, "quote \($0)") })
    }
}

/// Builds window claims tersely.
enum Make {
    static func numeric(
        _ id: Int64, _ source: String, _ date: String, _ quantity: Quantity,
        topic: String = "hostages.held", speaker: String? = nil, asOf: String? = nil,
        article: Int64? = nil, wholeIndex: Int? = nil, exhaustive: Bool = false,
        certainty: Certainty = .asserted, tally: Tally? = .level, replacedBy: Int64? = nil,
        latest: Int64? = nil
    ) -> WindowClaim {
        WindowClaim(
            id: id, articleID: article ?? id, source: source, published: Day(iso: date)!,
            kind: .numeric, topic: topic, speaker: speaker, quantity: quantity,
            certainty: certainty, asOf: Day(iso: asOf ?? date)!, tally: tally,
            wholeIndex: wholeIndex, partsAreExhaustive: exhaustive, replacedBy: replacedBy,
            latestVersion: latest)
    }

    static func stance(
        _ id: Int64, _ source: String, _ date: String, _ actor: String, _ polarity: Polarity,
        topic: String = "ceasefire", certainty: Certainty = .asserted, asOf: String? = nil
    ) -> WindowClaim {
        WindowClaim(
            id: id, articleID: id, source: source, published: Day(iso: date)!, kind: .stance,
            topic: topic, actor: actor, polarity: polarity, certainty: certainty,
            asOf: Day(iso: asOf ?? date)!)
    }

    static func over(_ value: Double) -> Quantity {
        Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
    }
    static func under(_ value: Double) -> Quantity {
        Quantity(low: 0, high: value, best: nil, qualifier: .under)
    }
}

/// Derives every dispute a rule of one kind finds among claims, as the ledger would once all
/// of them are stored.
func derive<K: RuleKind>(
    _ kind: K, _ claims: [WindowClaim], context: RuleContext = RuleContext(),
    articles: [Int64: (source: String, ref: String, version: Int)] = [:],
    message: String = "{a.value} / {b.value}", lowerIfHedged: Bool = false
) throws -> [Dispute] {
    let rule = Rule(
        id: "rule", title: "t", description: "", level: .high, status: .stable, kind: kind,
        message: try MessageTemplate(message), falsePositives: [], lowerIfHedged: lowerIfHedged,
        triggerExamples: [], passExamples: [], file: "x.yaml", line: 1)
    return try rule.derive(
        claims, history: ArrayHistory(claims: claims, articles: articles), context: context
    ).flatMap(\.disputes)
}
