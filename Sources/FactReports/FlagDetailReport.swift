import FactLedgerCore

/// Renders one flag for review: what it is about, why it exists and why its level is what it
/// is, its sides side by side, and the history of decisions.
public enum FlagDetailReport {
    /// The Markdown for one flag.
    public static func markdown(_ detail: FlagDetail) -> String {
        let flag = detail.flag
        let dispute = flag.dispute
        var out = "## Flag \(flag.id): \(Markdown.inline(dispute.message))\n\n"
        out +=
            "- rule: `\(dispute.ruleID)` (\(dispute.kind)), level **\(dispute.level.rawValue)**, status **\(flag.status.rawValue)**\n"
        out += "- " + subject(dispute) + "\n"
        out += "- episode: \(dispute.episode.description), known on \(flag.knownOn)\n"
        if let retraction = detail.retraction {
            out +=
                "- closed, retracted: \(Markdown.inline(retraction.source)) withdrew \(Markdown.inline(retraction.ref)) (article version \(retraction.articleID)) on \(retraction.at), by \(Markdown.inline(retraction.by)): \(Markdown.inline(retraction.note))\n"
        } else if dispute.state == .superseded {
            out +=
                dispute.supersededBy.map {
                    "- superseded: a corrected version of an article (article version \($0)) removed the disagreement\n"
                } ?? "- superseded: the claims no longer give this disagreement\n"
        }
        if !detail.closes.isEmpty {
            out +=
                "- this edit closed: "
                + detail.closes.map { "flag \($0.id) (\(Markdown.code($0.dispute.ruleID)))" }
                .joined(separator: ", ") + "\n"
        }
        out += "\n" + explanation(dispute) + "\n"
        out += sides(detail.claims, sides: detail.sides)
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

    /// "topic `hostages.held` (place: Gaza), running totals, scope Israel".
    static func subject(_ dispute: Dispute) -> String {
        var out = "topic: \(Markdown.inline(dispute.topic))"
        if !dispute.facets.isEmpty { out += " (\(Markdown.inline(dispute.facets.description)))" }
        if let tally = dispute.tally { out += ", compares \(NightlyReport.name(tally))" }
        if let actor = dispute.actor {
            out += ", actor: \(Markdown.inline(actor))"
        } else if let scope = dispute.scope, !scope.isEmpty {
            // An article's dispute is scoped to its outlet; others to one voice's series.
            let label = dispute.article == nil ? "series of" : "source"
            out += ", \(label): \(Markdown.inline(scope))"
        }
        if let article = dispute.article { out += ", article: \(Markdown.inline(article))" }
        return out
    }

    /// The explanation as a short list: parameters in force, what was compared, and each
    /// adjustment of the level.
    public static func explanation(_ dispute: Dispute) -> String {
        let explanation = dispute.explanation
        var out = "**Why**\n\n"
        if !explanation.parameters.isEmpty {
            out += "- parameters: \(Markdown.inline(explanation.parametersText))\n"
        }
        for line in explanation.compared { out += "- \(Markdown.inline(line))\n" }
        if explanation.adjustments.isEmpty {
            out += "- level: \(dispute.level.rawValue), the rule's level\n"
        } else {
            for line in explanation.adjustments { out += "- level: \(Markdown.inline(line))\n" }
        }
        return out
    }

    /// The claims as columns: one column per claim, one row per attribute; with sides given,
    /// each column is headed by its claim's side.
    public static func sides(_ claims: [StoredClaim], sides: [Int64: Int] = [:]) -> String {
        let names = claims.enumerated().map { index, claim in
            let letter = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(min(index, 25))))
            return sides[claim.id].map { "\(letter) (side \($0 + 1))" } ?? letter
        }
        var rows: [[String]] = []
        func row(_ label: String, _ value: (StoredClaim) -> String) {
            rows.append(["**\(label)**"] + claims.map { Markdown.cell(value($0)) })
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
