import FactLedgerCore
import FactReports
import FactStore

/// The disputes list: the filters, counts by status and level, and one page of disputes.
enum DisputesPage {
    /// The page's HTML.
    static func html(
        query: DisputeQuery, summaries: [FlagSummary], counts: [FlagStatus: Int],
        levelCounts: [Level: Int], token: CSRFToken
    ) -> String {
        let total = levelCounts.values.reduce(0, +)
        var out = "<h1>Disputes</h1>\n"
        out += filters(query)
        out += "<p class=\"counts\"><b>status:</b> "
        out +=
            "<span><a href=\"\(HTML.escape(query.link(page: 1, status: .some(nil))))\">all</a> \(counts.values.reduce(0, +))</span>"
        for status in FlagStatus.allCases {
            let label = "\(status.rawValue) \(counts[status] ?? 0)"
            out +=
                query.status == status
                ? "<span><b>\(label)</b></span>"
                : "<span><a href=\"\(HTML.escape(query.link(page: 1, status: .some(status))))\">\(status.rawValue)</a> \(counts[status] ?? 0)</span>"
        }
        out += "</p>\n<p class=\"counts\"><b>\(total) shown by these filters:</b> "
        for level in Level.allCases.reversed() {
            let count = levelCounts[level] ?? 0
            if count > 0 { out += "<span>\(FlagHTML.level(level)) \(count)</span>" }
        }
        out += "</p>\n"
        if summaries.isEmpty {
            out += "<p>No dispute matches these filters.</p>\n"
        } else {
            out += HTML.table(
                [
                    "id", "level", "status", "rule", "topic", "episode", "known on", "sources",
                    "message",
                ],
                summaries.map { summary in
                    let flag = summary.flag
                    let dispute = flag.dispute
                    return [
                        "<a href=\"/disputes/\(flag.id)\">\(flag.id)</a>",
                        FlagHTML.level(dispute.level),
                        "<span class=\"status\">\(flag.status.rawValue)</span>",
                        "<code>\(HTML.escape(dispute.ruleID))</code>",
                        "<a href=\"\(HTML.escape(TopicPage.link(topic: dispute.topic, facets: dispute.facets)))\">\(HTML.escape(dispute.topic))</a>"
                            + (dispute.facets.isEmpty
                                ? ""
                                : " <span class=\"muted\">\(HTML.escape(dispute.facets.description))</span>"),
                        HTML.escape(dispute.episode.description), flag.knownOn.description,
                        HTML.escape(summary.sources.joined(separator: ", ")),
                        "<a href=\"/disputes/\(flag.id)\">\(HTML.escape(dispute.message))</a>",
                    ]
                })
        }
        let pages = max(1, (total + DeskConfiguration.pageSize - 1) / DeskConfiguration.pageSize)
        out += "<p class=\"pager\">page \(query.page) of \(pages)"
        if query.page > 1 {
            out += " · <a href=\"\(HTML.escape(query.link(page: query.page - 1)))\">previous</a>"
        }
        if query.page < pages {
            out += " · <a href=\"\(HTML.escape(query.link(page: query.page + 1)))\">next</a>"
        }
        out += "</p>\n"
        return Layout.page(title: "Disputes", content: out, token: token)
    }

    private static func filters(_ query: DisputeQuery) -> String {
        func select(_ name: String, _ values: [String], _ chosen: String?) -> String {
            var out = "<label>\(name)<select name=\"\(name)\"><option value=\"\">any</option>"
            for value in values {
                out +=
                    "<option value=\"\(value)\"\(value == chosen ? " selected" : "")>\(value)</option>"
            }
            return out + "</select></label>"
        }
        func text(_ name: String, _ value: String?, _ placeholder: String) -> String {
            "<label>\(name)<input name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\" placeholder=\"\(placeholder)\"></label>"
        }
        return "<form class=\"filters\" method=\"get\" action=\"/disputes\">"
            + select("status", FlagStatus.allCases.map(\.rawValue), query.status?.rawValue)
            + select("level", Level.allCases.reversed().map(\.rawValue), query.level?.rawValue)
            + text("topic", query.topic, "hostages.held") + text("rule", query.rule, "rule id")
            + text("source", query.source, "outlet")
            + "<label>new since<input type=\"date\" name=\"since\" value=\"\(query.since?.description ?? "")\"></label>"
            + "<button type=\"submit\">Filter</button></form>\n"
    }
}
