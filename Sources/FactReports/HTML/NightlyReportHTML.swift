import FactLedgerCore

/// The nightly report as one self-contained HTML file: the same sections as the Markdown
/// report, with inline CSS and each chart drawn as inline SVG. Nothing is loaded from elsewhere
/// and article text is escaped.
public enum NightlyReportHTML {
    /// The report's HTML document.
    public static func html(_ data: ReportData) -> String {
        let period = NightlyReport.period(data)
        var out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>FactLedger report: \(period)</title><style>\(HTML.styleSheet)</style></head>"
        out +=
            "<body><header><span class=\"brand\">FactLedger report: \(period)</span></header><main>\n"
        out += summary(data)
        out += newSection(data)
        out += backlogSection(data)
        out += retractedSection(data)
        out += closedSection(data)
        out += reviewedSection(data)
        out += figuresSection(data)
        out += stanceSection(data)
        out +=
            "<p class=\"muted\">Review with <code>factledger flags show ID</code>, then <code>flags confirm|dismiss|resolve ID --note TEXT</code>, or in <code>factledger serve</code>.</p>\n"
        if !data.rulesUsed.isEmpty {
            let named = NightlyReport.rulesUsed(data).joined(separator: "; ")
            out += "<p class=\"muted\">Flags derived with: \(HTML.escape(named)).</p>\n"
        }
        return out + "</main></body></html>\n"
    }

    /// The articles withdrawn since the last report, each with who withdrew it and why.
    private static func retractedSection(_ data: ReportData) -> String {
        guard !data.retractions.isEmpty else { return "" }
        return "<h2>Retracted \(NightlyReport.since(data))</h2>\n"
            + "<p>Their claims no longer count; the flags that rested on them are closed below.</p>\n"
            + HTML.table(
                NightlyReport.retractionHeader,
                data.retractions.map { NightlyReport.retractionRow($0).map(HTML.escape) })
    }

    private static func total(_ counts: [ReportData.Count]) -> Int {
        counts.reduce(0) { $0 + $1.count }
    }

    private static func summary(_ data: ReportData) -> String {
        let since = NightlyReport.since(data)
        return """
            <h2>Summary</h2><ul>
            <li>\(data.articles) article versions from \(data.sources) sources, \(data.claims) claims</li>
            <li>\(NightlyReport.count(total(data.newCounts), "new flag")) \(since): \(NightlyReport.byLevel(data.newCounts))</li>
            <li>\(NightlyReport.count(total(data.backlogCounts), "flag")) raised before still open: \(NightlyReport.byLevel(data.backlogCounts))</li>
            <li>\(NightlyReport.count(data.closedCount, "flag")) closed \(since)</li></ul>

            """
    }

    /// One flag: heading, message, status line, explanation and sides.
    static func flagSection(_ detail: FlagDetail) -> String {
        let flag = detail.flag
        let dispute = flag.dispute
        var out =
            "<section class=\"flag\"><h3>\(FlagHTML.level(dispute.level)) · flag \(flag.id) · <code>\(HTML.escape(dispute.ruleID))</code></h3>"
        out += "<p>\(HTML.escape(dispute.message))</p>"
        out +=
            "<p class=\"muted\">Status: <b>\(flag.status.rawValue)</b> · known on \(flag.knownOn) · episode \(HTML.escape(dispute.episode.description)) · \(FlagHTML.subject(dispute))</p>"
        out += "<p><b>Why</b></p>" + FlagHTML.explanation(dispute)
        out += FlagHTML.sides(detail.claims, sides: detail.sides)
        return out + "</section>\n"
    }

    /// One list item per distinct message, with every flag that carries it.
    static func messageList(_ details: [FlagDetail], level: Bool = false) -> String {
        var order: [String] = []
        var ids: [String: [Int64]] = [:]
        for detail in details {
            let dispute = detail.flag.dispute
            let prefix =
                level
                ? "\(FlagHTML.level(dispute.level)) <code>\(HTML.escape(dispute.ruleID))</code>: "
                : ""
            let line = prefix + HTML.escape(dispute.message)
            if ids[line] == nil { order.append(line) }
            ids[line, default: []].append(detail.flag.id)
        }
        return "<ul>"
            + order.map { line in
                let flags = ids[line]!
                return
                    "<li>\(line) (\(flags.count == 1 ? "flag" : "flags") \(flags.map(String.init).joined(separator: ", ")))</li>"
            }.joined() + "</ul>\n"
    }

    private static func newSection(_ data: ReportData) -> String {
        var out = "<h2>New \(NightlyReport.since(data))</h2>\n"
        let all = total(data.newCounts)
        guard all > 0 else { return out + "<p>No new flags.</p>\n" }
        if all > data.newFlags.count {
            out +=
                "<p>The \(data.newFlags.count) most severe and recent of \(all) new flags; <code>factledger flags list --status open</code> lists all.</p>\n"
        }
        for detail in data.newFlags where detail.flag.dispute.level > .info {
            out += flagSection(detail)
        }
        let informational = data.newFlags.filter { $0.flag.dispute.level == .info }
        if !informational.isEmpty {
            out += "<h3>For information</h3>" + messageList(informational)
        }
        return out
    }

    private static func backlogSection(_ data: ReportData) -> String {
        var out = "<h2>Still open</h2>\n"
        let all = total(data.backlogCounts)
        guard all > 0 else { return out + "<p>Nothing raised before is still open.</p>\n" }
        out +=
            "<p>\(NightlyReport.count(all, "flag")) raised before the period of this report \(all == 1 ? "is" : "are") still open.</p>\n"
        let rules = Array(Set(data.backlogCounts.map(\.ruleID))).sorted()
        let levels = Array(Level.allCases.reversed())
        out += HTML.table(
            ["rule"] + levels.map(\.rawValue) + ["all"],
            rules.map { rule in
                let counts = data.backlogCounts.filter { $0.ruleID == rule }
                return ["<code>\(HTML.escape(rule))</code>"]
                    + levels.map { level in
                        String(counts.filter { $0.level == level }.reduce(0) { $0 + $1.count })
                    } + [String(total(counts))]
            })
        if let oldest = data.oldestOpen {
            out +=
                "<p>Oldest open: flag \(oldest.id), known since \(oldest.knownOn) (<code>\(HTML.escape(oldest.dispute.ruleID))</code>).</p>\n"
        }
        if !data.backlog.isEmpty {
            out += "<p>Most severe:</p>" + messageList(data.backlog, level: true)
        }
        return out
    }

    private static func closedSection(_ data: ReportData) -> String {
        guard data.closedCount > 0 else { return "" }
        var out = "<h2>Closed \(NightlyReport.since(data))</h2>\n"
        if data.closedCount > data.closedFlags.count {
            out += "<p>\(data.closedFlags.count) of \(data.closedCount) listed.</p>\n"
        }
        var lines: [String] = []
        for detail in data.closedFlags {
            let dispute = detail.flag.dispute
            let why = detail.closedBecause ?? "no longer follows from the claims"
            let line =
                "<li>flag \(detail.flag.id) (<code>\(HTML.escape(dispute.ruleID))</code>): \(HTML.escape(dispute.message)); \(HTML.escape(why))</li>"
            if !lines.contains(line) { lines.append(line) }
        }
        return out + "<ul>" + lines.joined() + "</ul>\n"
    }

    private static func reviewedSection(_ data: ReportData) -> String {
        guard !data.reviewedFlags.isEmpty else { return "" }
        return "<h2>Already reviewed</h2>\n"
            + HTML.table(
                ["flag", "level", "status", "last decision", "message"],
                data.reviewedFlags.map { detail in
                    let last =
                        detail.reviews.last.map { "\($0.action.rawValue) by \($0.by): \($0.note)" }
                        ?? ""
                    return [
                        String(detail.flag.id), FlagHTML.level(detail.flag.dispute.level),
                        detail.flag.status.rawValue, HTML.escape(last),
                        HTML.escape(detail.flag.dispute.message),
                    ]
                })
    }

    private static func figuresSection(_ data: ReportData) -> String {
        var out = "<h2>Figures in this period</h2>\n"
        if data.timelines.isEmpty {
            return out + "<p>No figures were reported in this period.</p>\n"
        }
        var current = ""
        for timeline in data.timelines {
            let title = timeline.title
            if title != current {
                out += "<h3>\(HTML.escape(title))</h3>\n"
                current = title
            }
            out += "<h4>\(NightlyReport.name(timeline.tally))</h4>\n"
            if let omitted = timeline.omittedSentence {
                out +=
                    "<p class=\"muted\">The latest \(timeline.claims.count) rows; \(HTML.escape(omitted)).</p>\n"
            }
            out += rows(timeline.claims)
            if timeline.chart.count >= 2 {
                var chart = SVGChart(title: "\(title): \(NightlyReport.name(timeline.tally))")
                chart.line = timeline.chart
                out += "<figure>" + chart.svg() + "</figure>\n"
                if timeline.chartOmittedDays > 0 {
                    out +=
                        "<p class=\"muted\">The chart shows the \(timeline.chart.count) days with figures from \(timeline.chart[0].day); \(NightlyReport.count(timeline.chartOmittedDays, "earlier day")) with figures \(timeline.chartOmittedDays == 1 ? "is" : "are") not charted.</p>\n"
                }
            }
        }
        return out
    }

    /// A timeline's table: identical rows are shown once, with how many times they occur.
    static func rows(_ claims: [StoredClaim]) -> String {
        HTML.table(
            NightlyReport.timelineHeader,
            NightlyReport.timelineRows(claims).map { entry in
                var cells = entry.row.map(HTML.escape)
                if entry.times > 1 { cells[2] += " (×\(entry.times))" }
                return cells
            })
    }

    private static func stanceSection(_ data: ReportData) -> String {
        let out = "<h2>Stance board</h2>\n"
        guard !data.stances.isEmpty else { return out + "<p>No stances recorded.</p>\n" }
        let board = StanceBoard(data, text: HTML.escape, strong: { "<b>\($0)</b>" })
        return out + HTML.table(["actor"] + board.topics, board.rows)
            + "<p class=\"muted\">\(StanceBoard.legend(through: data.through))</p>\n"
    }
}
