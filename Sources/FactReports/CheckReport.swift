import FactLedgerCore

/// Renders a check result as Markdown for a reader, or as JSON for a publishing pipeline.
public enum CheckReport {
    /// The Markdown.
    public static func markdown(_ result: CheckResult) -> String {
        let article = result.article
        var out = "# Check: \(Markdown.inline(article.title ?? article.ref))\n\n"
        out += "- source: \(Markdown.inline(article.source)), published \(article.published)\n"
        out += "- \(NightlyReport.count(result.entries.count, "claim")); "
        out += "\(NightlyReport.count(result.flags.count, "flag")) would be raised; "
        out +=
            result.fails
            ? "**fails** at --fail-on \(result.failOn.rawValue)\n\n"
            : "passes at --fail-on \(result.failOn.rawValue)\n\n"
        out += "## Claims\n\n"
        if result.entries.isEmpty {
            out += "No claims found.\n\n"
        } else {
            out += Markdown.table(
                [
                    "#", "topic", "facets/actor", "value", "speaker", "relation", "stored claims",
                    "quote",
                ],
                result.entries.enumerated().map { index, entry in
                    let claim = entry.claim.claim
                    return [
                        String(index + 1), claim.topic, claim.actor ?? claim.facets.description,
                        claim.valueText,
                        claim.speaker ?? "unattributed", entry.relation.rawValue,
                        entry.related.map {
                            "\($0.source) \($0.published): \($0.claim.valueText) (#\($0.id))"
                        }
                        .joined(separator: "; "),
                        TextTable.clip(claim.quote, 120),
                    ]
                })
            out += "\n"
        }
        out += "## Flags ingesting it would raise\n\n"
        if result.flags.isEmpty {
            out += "None.\n"
        } else {
            out += Markdown.table(
                ["level", "rule", "message"],
                result.flags.map { [$0.level.rawValue, $0.ruleID, $0.message] })
        }
        return out
    }

    /// The JSON: `article`, `claims` (the claim object plus `relation` and `related` ids),
    /// `flags` (rule, kind, level, topic, actor, message, claims), `fail_on` and `fails`.
    public static func json(_ result: CheckResult) -> JSONValue {
        .object([
            (
                "article",
                .object([
                    ("source", .string(result.article.source)),
                    ("published", .string(result.article.published.description)),
                    ("ref", .string(result.article.ref)),
                    ("title", .optional(result.article.title)),
                ])
            ),
            (
                "claims",
                .array(
                    result.entries.map { entry in
                        guard case .object(var pairs) = ClaimJSON.object(entry.claim) else {
                            return .null
                        }
                        pairs.append(("relation", .string(entry.relation.rawValue)))
                        pairs.append(
                            ("related", .array(entry.related.map { .number(Double($0.id)) })))
                        return .object(pairs)
                    })
            ),
            (
                "flags",
                .array(
                    result.flags.map { finding in
                        .object([
                            ("rule", .string(finding.ruleID)), ("kind", .string(finding.kind)),
                            ("level", .string(finding.level.rawValue)),
                            ("topic", .string(finding.topic)),
                            ("actor", .optional(finding.actor)),
                            ("message", .string(finding.message)),
                            ("claims", .array(finding.claimIDs.map { .number(Double($0)) })),
                        ])
                    })
            ),
            ("fail_on", .string(result.failOn.rawValue)),
            ("fails", .bool(result.fails)),
        ])
    }
}
