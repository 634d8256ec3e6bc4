import FactLedgerCore

/// Renders a check result as Markdown for a reader, or as JSON for a publishing pipeline.
public enum CheckReport {
    /// The Markdown.
    public static func markdown(_ result: CheckResult) -> String {
        let article = result.article
        var out = "# Check: \(Markdown.inline(article.title ?? article.ref))\n\n"
        out += "- source: \(Markdown.inline(article.source)), published \(article.published)\n"
        if let stored = result.alreadyStored { return out + alreadyStored(stored, result) }
        let opened = result.disputes.filter { $0.effect == .opens }.count
        out += "- \(NightlyReport.count(result.entries.count, "claim")); "
        out += "\(NightlyReport.count(opened, "flag")) would be raised, "
        out += "\(NumberFormatting.grouped(result.disputes.count - opened)) touched; "
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
                        storedClaims(entry),
                        TextTable.clip(claim.quote, 120),
                    ]
                })
            out += "\n"
        }
        out += "## Flags ingesting it would raise or touch\n\n"
        if result.disputes.isEmpty { return out + "None.\n" }
        for entry in result.disputes {
            let dispute = entry.dispute
            out +=
                "### \(dispute.level.rawValue.uppercased()) · \(effectText(entry)) · \(Markdown.code(dispute.ruleID))\n\n"
            out += Markdown.inline(dispute.message) + "\n\n"
            out +=
                "- " + FlagDetailReport.subject(dispute)
                + "; episode \(dispute.episode.description)\n"
            if !entry.articleSides.isEmpty {
                out +=
                    "- the article's claims are on side \(entry.articleSides.map { String($0 + 1) }.joined(separator: " and "))\n"
            }
            out += "- gate: " + gate(entry, result) + "\n\n"
            out += FlagDetailReport.explanation(dispute) + "\n"
        }
        return out
    }

    /// What a check of an article the ledger holds already says: which version, and its open flags.
    static func alreadyStored(_ stored: CheckResult.StoredArticle, _ result: CheckResult)
        -> String
    {
        var out =
            "- **already stored** as article \(stored.articleID), version \(stored.version): "
            + "ingesting it again adds nothing; "
        out +=
            result.fails
            ? "**fails** at --fail-on \(result.failOn.rawValue)\n\n"
            : "passes at --fail-on \(result.failOn.rawValue)\n\n"
        out += "## Its open flags\n\n"
        let open = stored.openFlags
        if open.isEmpty { return out + "None.\n" }
        for detail in open {
            let dispute = detail.flag.dispute
            out +=
                "- flag \(detail.flag.id) · \(dispute.level.rawValue.uppercased()) · "
                + "\(Markdown.code(dispute.ruleID)): \(Markdown.inline(dispute.message))\n"
        }
        return out
    }

    /// "opens", "joins flag 12", "closes flag 7".
    static func effectText(_ entry: CheckResult.DisputeEntry) -> String {
        let id = entry.id.map { " flag \($0)" } ?? ""
        switch entry.effect {
        case .opens: return "opens" + id
        case .joins: return "joins" + id
        case .closes: return "closes" + id
        }
    }

    /// Why a dispute does or does not fail the check.
    static func gate(_ entry: CheckResult.DisputeEntry, _ result: CheckResult) -> String {
        let level = entry.dispute.level.rawValue
        guard entry.countsAgainst else {
            return entry.dispute.state == .superseded || entry.effect == .closes
                ? "closed disputes never fail a check"
                : "the article only takes the first side, so it does not count against it"
        }
        return result.fails(entry)
            ? "**fails**: \(level) is at or above --fail-on \(result.failOn.rawValue)"
            : "passes: \(level) is below --fail-on \(result.failOn.rawValue)"
    }

    /// "Crossroads Radio 2023-11-06: 170 (#2)", and for a conflict the figures it agrees with:
    /// "…; agrees with Harbor Times 2023-11-06: 240 (#1)".
    static func storedClaims(_ entry: CheckResult.Entry) -> String {
        func named(_ claim: WindowClaim) -> String {
            "\(claim.source) \(claim.published): \(claim.valueText) (#\(claim.id))"
        }
        var out = entry.related.map(named).joined(separator: "; ")
        if !entry.agreeing.isEmpty {
            out += "; agrees with " + entry.agreeing.map(named).joined(separator: "; ")
        }
        return out
    }

    /// The JSON: `article`, `claims` (the claim object plus `relation`, `related` ids and, for a
    /// conflict, the `agreeing` ids of the same day's figures it agrees with),
    /// `flags` (rule, kind, level, topic, actor, message, claims, then effect, id, article_sides,
    /// counts_against, fails, identity, episode and explanation), `fail_on`, `fails`, and
    /// `already_stored` (null, or `article_id`, `version` and `open_flags` as flag objects).
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
                        pairs.append(
                            ("agreeing", .array(entry.agreeing.map { .number(Double($0.id)) })))
                        return .object(pairs)
                    })
            ),
            (
                "flags",
                .array(
                    result.disputes.map { entry in
                        let dispute = entry.dispute
                        return .object([
                            ("rule", .string(dispute.ruleID)), ("kind", .string(dispute.kind)),
                            ("level", .string(dispute.level.rawValue)),
                            ("topic", .string(dispute.topic)),
                            ("actor", .optional(dispute.actor)),
                            ("message", .string(dispute.message)),
                            ("claims", .array(dispute.claimIDs.map { .number(Double($0)) })),
                            ("effect", .string(entry.effect.rawValue)),
                            ("id", entry.id.map { .number(Double($0)) } ?? .null),
                            (
                                "article_sides",
                                .array(entry.articleSides.map { .number(Double($0)) })
                            ),
                            ("counts_against", .bool(entry.countsAgainst)),
                            ("fails", .bool(result.fails(entry))),
                            (
                                "episode",
                                .object([
                                    ("from", .string(dispute.episode.from.description)),
                                    ("through", .string(dispute.episode.through.description)),
                                    ("label", .string(dispute.episode.label)),
                                ])
                            ),
                            ("explanation", ExplanationJSON.object(dispute.explanation)),
                        ])
                    })
            ),
            ("fail_on", .string(result.failOn.rawValue)),
            ("fails", .bool(result.fails)),
            (
                "already_stored",
                result.alreadyStored.map { stored in
                    .object([
                        ("article_id", .number(Double(stored.articleID))),
                        ("version", .number(Double(stored.version))),
                        ("open_flags", .array(stored.openFlags.map(FlagJSON.object))),
                    ])
                } ?? .null
            ),
        ])
    }
}
