import FactLedgerCore
import FactReports
import FactStore

/// A topic's timeline: every claim of a topic and facets over time, by source, with the chart;
/// without a topic, the topics disputes are about.
enum TopicPage {
    /// The address of a topic's timeline.
    static func link(topic: String, facets: Facets, source: String? = nil, page: Int = 1) -> String
    {
        "/topics"
            + Layout.query([
                ("topic", topic), ("facets", facets.canonical), ("source", source),
                ("page", page > 1 ? String(page) : nil),
            ])
    }

    /// The most days a topic chart covers, up to the last day spoken about.
    static let chartDays = 60

    /// The topic index.
    static func index(_ topics: [(topic: String, facets: Facets, disputes: Int)], token: CSRFToken)
        -> String
    {
        var out = "<h1>Topics</h1>\n"
        out +=
            "<form class=\"filters\" method=\"get\" action=\"/topics\"><label>topic<input name=\"topic\" placeholder=\"hostages.held\" required></label><label>facets<input name=\"facets\" placeholder=\"place=Gaza\"></label><button type=\"submit\">Show</button></form>\n"
        out += "<h2>Topics with disputes</h2>\n"
        out += HTML.table(
            ["topic", "facets", "disputes"],
            topics.map {
                [
                    "<a href=\"\(HTML.escape(link(topic: $0.topic, facets: $0.facets)))\">\(HTML.escape($0.topic))</a>",
                    HTML.escape($0.facets.description), String($0.disputes),
                ]
            })
        return Layout.page(title: "Topics", content: out, token: token)
    }

    /// One page of a topic's claims with the chart of its figures.
    static func html(
        topic: String, facets: Facets, source: String?, page: Int, claims: [StoredClaim],
        hasMore: Bool, chart: SVGChart, token: CSRFToken
    ) -> String {
        let title = topic + (facets.isEmpty ? "" : " (\(facets.description))")
        var out = "<h1>Timeline: \(HTML.escape(title))</h1>\n"
        out +=
            "<form class=\"filters\" method=\"get\" action=\"/topics\"><input type=\"hidden\" name=\"topic\" value=\"\(HTML.escape(topic))\"><input type=\"hidden\" name=\"facets\" value=\"\(HTML.escape(facets.canonical))\"><label>source<input name=\"source\" value=\"\(HTML.escape(source ?? ""))\" placeholder=\"every source\"></label><button type=\"submit\">Filter</button></form>\n"
        out += "<figure>" + chart.svg() + "</figure>\n"
        out +=
            "<p class=\"muted\">Bars: the range of what each day's statements said; line: the figure most sources agree on; dots: each source's figure for the day.</p>\n"
        out += "<h2>Claims, newest day first</h2>\n"
        if claims.isEmpty {
            out += "<p>No claims.</p>\n"
        } else {
            out += HTML.table(
                [
                    "about", "published", "source", "value", "actor", "speaker", "certainty",
                    "quote",
                ],
                claims.map { claim in
                    [
                        claim.claim.asOf.description, claim.published.description,
                        "<a href=\"\(HTML.escape(link(topic: topic, facets: facets, source: claim.source)))\">\(HTML.escape(claim.source))</a>",
                        HTML.escape(
                            claim.claim.valueText
                                + (claim.claim.polarity.map { " " + $0.rawValue } ?? "")),
                        HTML.escape(claim.claim.actor ?? ""),
                        HTML.escape(claim.claim.speaker ?? "unattributed"),
                        claim.claim.certainty.rawValue,
                        "<span class=\"quote\">“\(HTML.escape(claim.claim.quote))”</span> "
                            + HTML.link("article", claim.url),
                    ]
                })
        }
        out += "<p class=\"pager\">page \(page)"
        if page > 1 {
            out +=
                " · <a href=\"\(HTML.escape(link(topic: topic, facets: facets, source: source, page: page - 1)))\">newer</a>"
        }
        if hasMore {
            out +=
                " · <a href=\"\(HTML.escape(link(topic: topic, facets: facets, source: source, page: page + 1)))\">older</a>"
        }
        out += "</p>\n"
        return Layout.page(title: "Timeline \(title)", content: out, token: token)
    }
}
