import FactLedgerCore

/// Renders one flag for review: both sides side by side and the history of decisions.
public enum FlagDetailReport {
    /// The Markdown for one flag.
    public static func markdown(_ detail: FlagDetail) -> String {
        let flag = detail.flag
        var out = "## Flag \(flag.id): \(Markdown.inline(flag.finding.message))\n\n"
        out +=
            "- rule: `\(flag.finding.ruleID)` (\(flag.finding.kind)), level **\(flag.finding.level.rawValue)**, status **\(flag.status.rawValue)**\n"
        out += "- topic: \(Markdown.inline(flag.finding.topic))"
        if let actor = flag.finding.actor { out += ", actor: \(Markdown.inline(actor))" }
        out += "\n\n"
        out += sides(detail.claims)
        out += "\n"
        if detail.reviews.isEmpty {
            out += "No review yet.\n"
        } else {
            out += "### Review history\n\n"
            out += Markdown.table(
                ["when", "who", "action", "note"],
                detail.reviews.map { [$0.at, $0.by, $0.action.rawValue, $0.note] })
        }
        return out
    }

    /// The claims as columns: one column per claim, one row per attribute.
    public static func sides(_ claims: [StoredClaim]) -> String {
        let names = claims.indices.map { index in
            String(UnicodeScalar(UInt8(ascii: "A") + UInt8(min(index, 25))))
        }
        var rows: [[String]] = []
        func row(_ label: String, _ value: (StoredClaim) -> String) {
            rows.append(["**\(label)**"] + claims.map { Markdown.inline(value($0)) })
        }
        row("source") { $0.source }
        row("published") { $0.published.description }
        row("as of") { $0.claim.asOf.description }
        row("value") { $0.claim.valueText }
        row("facets") { $0.claim.facets.description }
        row("actor") { $0.claim.actor ?? "" }
        row("speaker") { $0.claim.speaker ?? "unattributed" }
        row("certainty") { $0.claim.certainty.rawValue }
        row("quote") { "“" + $0.claim.quote + "”" }
        rows.append(
            ["**link**"]
                + claims.map {
                    Markdown.link($0.url ?? $0.ref, $0.url) + " (v\($0.version), claim \($0.id))"
                })
        return Markdown.table([""] + names, rows, escaped: false)
    }
}
