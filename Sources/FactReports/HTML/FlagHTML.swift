import FactLedgerCore

/// One flag in HTML, the pieces the review desk and the HTML report share: its subject line,
/// the explanation of why it fired, its sides side by side and its review log.
public enum FlagHTML {
    /// "topic hostages.held (place: Gaza), compares running totals, actor: Israel".
    public static func subject(_ dispute: Dispute) -> String {
        var out = "topic <code>\(HTML.escape(dispute.topic))</code>"
        if !dispute.facets.isEmpty { out += " (\(HTML.escape(dispute.facets.description)))" }
        if let tally = dispute.tally { out += ", compares \(NightlyReport.name(tally))" }
        if let actor = dispute.actor {
            out += ", actor: \(HTML.escape(actor))"
        } else if let scope = dispute.scope, !scope.isEmpty {
            let label = dispute.article == nil ? "series of" : "source"
            out += ", \(label): \(HTML.escape(scope))"
        }
        if let article = dispute.article { out += ", article: \(HTML.escape(article))" }
        return out
    }

    /// Why it fired: the rule's parameters in force, what was compared, and each change of
    /// level with its reason, as `flags show` lists them.
    public static func explanation(_ dispute: Dispute) -> String {
        let explanation = dispute.explanation
        var out = "<ul class=\"why\">"
        if !explanation.parameters.isEmpty {
            out += "<li>parameters: <code>\(HTML.escape(explanation.parametersText))</code></li>"
        }
        for line in explanation.compared { out += "<li>\(HTML.escape(line))</li>" }
        if explanation.adjustments.isEmpty {
            out += "<li>level: \(dispute.level.rawValue), the rule's level</li>"
        } else {
            for line in explanation.adjustments { out += "<li>level: \(HTML.escape(line))</li>" }
        }
        return out + "</ul>\n"
    }

    /// The letter a claim is shown under: A, B, …
    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "A") + UInt8(min(index, 25))))
    }

    /// The claims as columns, each headed by its letter and side, one row per attribute.
    public static func sides(_ claims: [StoredClaim], sides: [Int64: Int] = [:]) -> String {
        let header =
            [""]
            + claims.enumerated().map { index, claim in
                sides[claim.id].map { "\(letter(index)) (side \($0 + 1))" } ?? letter(index)
            }
        var rows: [[String]] = []
        func row(_ label: String, _ value: (StoredClaim) -> String) {
            rows.append([HTML.escape(label)] + claims.map(value))
        }
        row("source") { HTML.escape($0.source) }
        row("published") { $0.published.description }
        row("as of") { $0.claim.asOf.description }
        row("value") { HTML.escape($0.claim.valueText) }
        row("facets") { HTML.escape($0.claim.facets.description) }
        row("actor") { HTML.escape($0.claim.actor ?? "") }
        row("speaker") { HTML.escape($0.claim.speaker ?? "unattributed") }
        row("certainty") { $0.claim.certainty.rawValue }
        row("quote") { "<span class=\"quote\">“\(HTML.escape($0.claim.quote))”</span>" }
        row("link") {
            HTML.link($0.url ?? $0.ref, $0.url) + " (v\($0.version), claim \($0.id))"
        }
        return HTML.table(header, rows, class: "sides")
    }

    /// The review log, oldest first.
    public static func reviews(_ reviews: [Review]) -> String {
        guard !reviews.isEmpty else { return "<p class=\"muted\">No review yet.</p>\n" }
        return HTML.table(
            ["when", "who", "action", "note"],
            reviews.map {
                [HTML.escape($0.at), HTML.escape($0.by), $0.action.rawValue, HTML.escape($0.note)]
            })
    }

    /// The level as a styled word.
    public static func level(_ level: Level) -> String {
        "<span class=\"level-\(level.rawValue)\">\(level.rawValue)</span>"
    }
}
