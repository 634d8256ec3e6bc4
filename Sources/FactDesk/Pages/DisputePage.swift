import FactLedgerCore
import FactReports
import FactStore

/// One dispute: what it is about, why it fired, its sides with quotes, the figure's timeline
/// as a chart, the review log and, unless the desk is read-only, the review form.
enum DisputePage {
    /// The page's HTML; `notice` is shown above all (a refused decision).
    static func html(
        _ detail: FlagDetail, chart: SVGChart, readOnly: Bool, token: CSRFToken,
        notice: String? = nil
    ) -> String {
        let flag = detail.flag
        let dispute = flag.dispute
        var out = ""
        if let notice { out += "<p class=\"error\">\(HTML.escape(notice))</p>\n" }
        out += "<h1>Dispute \(flag.id): \(HTML.escape(dispute.message))</h1>\n"
        out +=
            "<p>rule <code>\(HTML.escape(dispute.ruleID))</code> (\(HTML.escape(dispute.kind))), level <b>\(FlagHTML.level(dispute.level))</b>, status <span class=\"status\">\(flag.status.rawValue)</span></p>\n"
        out +=
            "<p>\(FlagHTML.subject(dispute)) · <a href=\"\(HTML.escape(TopicPage.link(topic: dispute.topic, facets: dispute.facets)))\">topic timeline</a></p>\n"
        out +=
            "<p>episode: \(HTML.escape(dispute.episode.description)), known on \(flag.knownOn)</p>\n"
        if let retraction = detail.retraction {
            out +=
                "<p class=\"notice\">Closed, retracted: \(HTML.escape(retraction.source)) withdrew \(HTML.escape(retraction.ref)) (article version \(retraction.articleID)) on \(HTML.escape(retraction.at)), by \(HTML.escape(retraction.by)): \(HTML.escape(retraction.note))</p>\n"
        } else if dispute.state == .superseded {
            out +=
                dispute.supersededBy.map {
                    "<p class=\"notice\">Superseded: a corrected version of an article (article version \($0)) removed the disagreement.</p>\n"
                }
                ?? "<p class=\"notice\">Superseded: the claims no longer give this disagreement.</p>\n"
        }
        if !detail.closes.isEmpty {
            out +=
                "<p>This edit closed: "
                + detail.closes.map {
                    "<a href=\"/disputes/\($0.id)\">dispute \($0.id)</a> (<code>\(HTML.escape($0.dispute.ruleID))</code>)"
                }.joined(separator: ", ") + "</p>\n"
        }
        out += "<h2>Why it fired</h2>\n" + FlagHTML.explanation(dispute)
        out += "<h2>Sides</h2>\n" + FlagHTML.sides(detail.claims, sides: detail.sides)
        out += "<h2>Timeline</h2>\n<figure>" + chart.svg() + "</figure>\n"
        out +=
            chart.valueLabels == nil
            ? "<p class=\"muted\">Bars: the range of what each day's statements said; line: the figure most sources agree on; lettered circles: this dispute's claims, coloured by side.</p>\n"
            : "<p class=\"muted\">Dots: where each source put the actor on each day (for, qualified, against); lettered circles: this dispute's claims, coloured by side.</p>\n"
        out += "<h2>Review log</h2>\n" + FlagHTML.reviews(detail.reviews)
        out += form(detail, readOnly: readOnly, token: token)
        return Layout.page(title: "Dispute \(flag.id)", content: out, token: token)
    }

    /// The review form: the actions the dispute's status allows, note and reviewer, the token
    /// and the review version (how many decisions the log held when the page was made).
    static func form(_ detail: FlagDetail, readOnly: Bool, token: CSRFToken) -> String {
        if readOnly {
            return "<p class=\"notice\">\(HTML.escape(DeskMessages.readOnly))</p>\n"
        }
        let actions = Review.Action.allCases.filter { $0.isAllowed(from: detail.flag.status) }
        guard !actions.isEmpty else {
            return
                "<p class=\"muted\">No decision can be taken on a \(detail.flag.status.rawValue) dispute.</p>\n"
        }
        var out =
            "<h2>Decide</h2>\n<form method=\"post\" action=\"/disputes/\(detail.flag.id)/review\" class=\"review\">"
        out += Layout.tokenField(token)
        out += "<input type=\"hidden\" name=\"version\" value=\"\(detail.reviews.count)\">"
        out += "<p>"
        for (index, action) in actions.enumerated() {
            out +=
                "<label><input type=\"radio\" name=\"action\" value=\"\(action.rawValue)\"\(index == 0 ? " checked" : "")> \(action.rawValue)</label> "
        }
        out +=
            "</p><p><label>Note (why)<br><textarea name=\"note\" rows=\"3\" required></textarea></label></p>"
        out += "<p><label>Reviewer <input name=\"by\" required></label> "
        out += "<button type=\"submit\">Record decision</button></p></form>\n"
        return out
    }

    /// The chart of a dispute: for a figure, what every source said about each day around the
    /// episode; for a stance, where the actor stood; the dispute's own claims marked.
    static func chart(_ detail: FlagDetail, ledger: Ledger) throws -> SVGChart {
        let dispute = detail.flag.dispute
        let sides = detail.sides
        if dispute.kind.hasPrefix("stance"), let actor = dispute.actor {
            let days =
                dispute.episode.from.adding(days: -30)...dispute.episode.through.adding(days: 30)
            var chart = SVGChart(title: "\(actor) on \(dispute.topic)")
            chart.span = days
            chart.valueLabels = [(-1, "against"), (0, "qualified"), (1, "for")]
            let points = try ledger.stanceSeries(topic: dispute.topic, actor: actor, days: days)
            chart.dots = points.map {
                ($0.day, $0.mean, "\($0.source), \($0.day): \($0.claims) claims")
            }
            chart.marks = detail.claims.enumerated().map { index, claim in
                let value: Double
                switch claim.claim.polarity?.side {
                case .against?: value = -1
                case .qualified?: value = 0
                default: value = 1
                }
                return SVGChart.Mark(
                    day: claim.published, value: value, label: FlagHTML.letter(index),
                    side: sides[claim.id] ?? 0, title: "\(claim.source): \(claim.claim.quote)")
            }
            return chart
        }
        let days = chartDays(detail)
        let title =
            dispute.topic + (dispute.facets.isEmpty ? "" : " (\(dispute.facets.description))")
        var chart = series(
            title: title,
            points: try ledger.figureSeries(
                topic: dispute.topic, facets: dispute.facets, tally: dispute.tally, days: days),
            marks: detail.claims.enumerated().compactMap { index, claim in
                guard let quantity = claim.claim.quantity, days.contains(claim.claim.asOf) else {
                    return nil
                }
                return SVGChart.Mark(
                    day: claim.claim.asOf, value: quantity.best ?? quantity.anchor,
                    label: FlagHTML.letter(index), side: sides[claim.id] ?? 0,
                    title: "\(claim.source): \(claim.claim.valueText), \(claim.claim.quote)")
            })
        chart.span = days
        return chart
    }

    /// Days of context charted on either side of the days a dispute's claims speak about.
    static let chartMargin = 7
    /// The most days a dispute's chart covers.
    static let chartSpan = 31

    /// The days a dispute's chart covers: those its claims speak about, with a week on either
    /// side, at most `chartSpan` days ending a week after the last.
    static func chartDays(_ detail: FlagDetail) -> ClosedRange<Day> {
        let spoken = detail.claims.map(\.claim.asOf)
        let first = (spoken.min() ?? detail.flag.dispute.episode.from).adding(days: -chartMargin)
        let last = (spoken.max() ?? detail.flag.dispute.episode.through).adding(days: chartMargin)
        return max(first, last.adding(days: 1 - chartSpan))...last
    }

    /// A chart of figure points: per day the range said, the median of the sources' figures as
    /// the line, each source's figure as a dot when there are few enough to tell apart.
    static func series(title: String, points: [SeriesPoint], marks: [SVGChart.Mark]) -> SVGChart {
        var chart = SVGChart(title: title)
        let byDay = Dictionary(grouping: points, by: \.day)
        for day in byDay.keys.sorted() {
            let dayPoints = byDay[day]!
            chart.ranges.append(
                (day, dayPoints.map(\.low).min() ?? 0, dayPoints.map(\.high).max() ?? 0))
            let means = dayPoints.map(\.mean).sorted()
            chart.line.append((day, means[(means.count - 1) / 2]))
        }
        if points.count <= 400 {
            chart.dots = points.map {
                (
                    $0.day, $0.mean,
                    "\($0.source), \($0.day): \(NumberFormatting.plain($0.mean)) (\($0.claims) claims)"
                )
            }
        }
        chart.marks = marks
        return chart
    }
}
