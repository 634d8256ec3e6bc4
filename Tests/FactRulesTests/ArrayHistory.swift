import FactLedgerCore

/// A claim history over an array, for evaluating rule kinds without a database.
struct ArrayHistory: ClaimHistory {
    var claims: [StoredClaim]

    func claims(_ query: ClaimQuery) throws -> [StoredClaim] {
        let ordered = claims.filter(query.matches).sorted(by: query.orders)
        return query.limit.map { Array(ordered.prefix($0)) } ?? ordered
    }

    func previousVersionClaims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        guard let current = claims.first(where: { $0.articleID == articleID }) else { return [] }
        return claims.filter {
            $0.ref == current.ref && $0.source == current.source
                && $0.version == current.version - 1
        }
    }
}

/// Builds stored claims tersely.
enum Make {
    static func numeric(
        _ id: Int64, _ source: String, _ date: String, _ quantity: Quantity,
        topic: String = "hostages.held",
        speaker: String? = nil, article: Int64? = nil, version: Int = 1, ref: String? = nil,
        wholeIndex: Int? = nil,
        exhaustive: Bool = false, certainty: Certainty = .asserted
    ) -> StoredClaim {
        let day = Day(iso: date)!
        return StoredClaim(
            id: id, articleID: article ?? id, source: source, published: day, ref: ref ?? "r\(id)",
            url: nil, version: version,
            claim: Claim(
                kind: .numeric, topic: topic, speaker: speaker, quantity: quantity,
                certainty: certainty, asOf: day,
                quote: "q\(id)", start: 0, end: 1, provenance: "t", wholeIndex: wholeIndex,
                partsAreExhaustive: exhaustive))
    }

    static func stance(
        _ id: Int64, _ source: String, _ date: String, _ actor: String, _ polarity: Polarity,
        topic: String = "ceasefire"
    ) -> StoredClaim {
        let day = Day(iso: date)!
        return StoredClaim(
            id: id, articleID: id, source: source, published: day, ref: "r\(id)", url: nil,
            version: 1,
            claim: Claim(
                kind: .stance, topic: topic, actor: actor, polarity: polarity, asOf: day,
                quote: "q\(id)", start: 0, end: 1, provenance: "t"))
    }

    static func over(_ value: Double) -> Quantity {
        Quantity(low: value, high: .infinity, best: nil, qualifier: .over)
    }
    static func under(_ value: Double) -> Quantity {
        Quantity(low: 0, high: value, best: nil, qualifier: .under)
    }
}
