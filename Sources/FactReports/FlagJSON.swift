import FactLedgerCore

/// The JSON object of a flag: `id, rule, kind, level, status, topic, actor, message, claims`
/// (claim ids), `sources, dates`, then `reviews`.
public enum FlagJSON {
    /// The object for one flag.
    public static func object(_ detail: FlagDetail) -> JSONValue {
        let flag = detail.flag
        return .object([
            ("id", .number(Double(flag.id))),
            ("rule", .string(flag.finding.ruleID)),
            ("kind", .string(flag.finding.kind)),
            ("level", .string(flag.finding.level.rawValue)),
            ("status", .string(flag.status.rawValue)),
            ("topic", .string(flag.finding.topic)),
            ("actor", .optional(flag.finding.actor)),
            ("message", .string(flag.finding.message)),
            ("claims", .array(flag.finding.claimIDs.map { .number(Double($0)) })),
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
        ])
    }
}
