import FactLedgerCore

/// The JSON object of a stored claim: the stable contract scripts rely on.
///
/// Keys: `id, kind, topic, facets, actor, speaker, low, high, best, qualifier, polarity,
/// certainty, as_of, published, source, ref, version, quote, start, end`, then `conditions`,
/// `provenance` (the extraction pattern behind it), `supersedes` and `tally`. `high` is `null` when unbounded; `tally` is `null` when
/// extraction did not say how the figure adds up.
public enum ClaimJSON {
    /// The keys of the object, in order: the columns of `export claims --format csv`.
    public static let keys = [
        "id", "kind", "topic", "facets", "actor", "speaker", "low", "high", "best", "qualifier",
        "polarity", "certainty", "as_of", "published", "source", "ref", "version", "quote", "start",
        "end", "conditions", "provenance", "supersedes", "tally",
    ]

    /// The object for one claim.
    public static func object(_ stored: StoredClaim, supersedes: Int64? = nil) -> JSONValue {
        let claim = stored.claim
        let quantity = claim.quantity
        return .object([
            ("id", .number(Double(stored.id))),
            ("kind", .string(claim.kind.rawValue)),
            ("topic", .string(claim.topic)),
            ("facets", .object(claim.facets.pairs.map { ($0.key, .string($0.value)) })),
            ("actor", .optional(claim.actor)),
            ("speaker", .optional(claim.speaker)),
            ("low", .optional(quantity?.low)),
            ("high", .optional(quantity?.high)),
            ("best", .optional(quantity?.best)),
            ("qualifier", .optional(quantity?.qualifier.rawValue)),
            ("polarity", .optional(claim.polarity?.rawValue)),
            ("certainty", .string(claim.certainty.rawValue)),
            ("as_of", .string(claim.asOf.description)),
            ("published", .string(stored.published.description)),
            ("source", .string(stored.source)),
            ("ref", .string(stored.ref)),
            ("version", .number(Double(stored.version))),
            ("quote", .string(claim.quote)),
            ("start", .number(Double(claim.start))),
            ("end", .number(Double(claim.end))),
            ("conditions", .optional(claim.conditions)),
            ("provenance", .string(claim.provenance)),
            ("supersedes", supersedes.map { .number(Double($0)) } ?? .null),
            ("tally", .optional(claim.tally?.rawValue)),
        ])
    }
}
