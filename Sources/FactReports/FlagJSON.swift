import FactLedgerCore

/// The JSON object of a flag (a stored dispute): `id, rule, kind, level, status, topic, actor,
/// message, claims` (claim ids), `sources, dates`, then `known_on, reviews`, then `facets,
/// tally, scope, article, episode` (`from, through, label`), `sides` (the side of each claim,
/// in claim order), `superseded_by` (the correcting or retracted article version), `closes`
/// (for an edit, the flags it superseded), `explanation` and `retraction` (when a retraction
/// closed it: `article_id, source, ref, version, note, by, at`; else null).
public enum FlagJSON {
    /// The keys of the object, in order: the columns of `export disputes --format csv`.
    public static let keys = [
        "id", "rule", "kind", "level", "status", "topic", "actor", "message", "claims", "sources",
        "dates", "known_on", "reviews", "facets", "tally", "scope", "article", "episode", "sides",
        "superseded_by", "closes", "explanation", "retraction",
    ]

    /// The object for one flag.
    public static func object(_ detail: FlagDetail) -> JSONValue {
        let flag = detail.flag
        let dispute = flag.dispute
        return .object([
            ("id", .number(Double(flag.id))),
            ("rule", .string(dispute.ruleID)),
            ("kind", .string(dispute.kind)),
            ("level", .string(dispute.level.rawValue)),
            ("status", .string(flag.status.rawValue)),
            ("topic", .string(dispute.topic)),
            ("actor", .optional(dispute.actor)),
            ("message", .string(dispute.message)),
            ("claims", .array(dispute.claimIDs.map { .number(Double($0)) })),
            ("sources", .array(detail.sources.map(JSONValue.string))),
            ("dates", .array(detail.dates.map { .string($0.description) })),
            ("known_on", .string(flag.knownOn.description)),
            (
                "reviews",
                .array(
                    detail.reviews.map { review in
                        .object([
                            ("action", .string(review.action.rawValue)), ("by", .string(review.by)),
                            ("at", .string(review.at)), ("note", .string(review.note)),
                        ])
                    })
            ),
            ("facets", .object(dispute.facets.pairs.map { ($0.key, .string($0.value)) })),
            ("tally", .optional(dispute.tally?.rawValue)),
            ("scope", .optional(dispute.scope)),
            ("article", .optional(dispute.article)),
            (
                "episode",
                .object([
                    ("from", .string(dispute.episode.from.description)),
                    ("through", .string(dispute.episode.through.description)),
                    ("label", .string(dispute.episode.label)),
                ])
            ),
            ("sides", .array(dispute.members.map { .number(Double($0.side)) })),
            ("superseded_by", dispute.supersededBy.map { .number(Double($0)) } ?? .null),
            ("closes", .array(detail.closes.map { .number(Double($0.id)) })),
            ("explanation", ExplanationJSON.object(dispute.explanation)),
            ("retraction", detail.retraction.map(retraction) ?? .null),
        ])
    }

    /// The object of a retraction.
    public static func retraction(_ retraction: Retraction) -> JSONValue {
        .object([
            ("article_id", .number(Double(retraction.articleID))),
            ("source", .string(retraction.source)), ("ref", .string(retraction.ref)),
            ("version", .number(Double(retraction.version))), ("note", .string(retraction.note)),
            ("by", .string(retraction.by)), ("at", .string(retraction.at)),
        ])
    }
}
