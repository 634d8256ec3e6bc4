import FactLedgerCore

/// Renders the nightly Markdown report: what is new since the last report (each flag with its
/// explanation and both sides), the backlog still open, what closed, the figures of the period
/// (tables and one chart per kind of figure), the stance board.
///
/// The output depends only on the data: the same ledger and dates give the same bytes. Article
/// text is escaped so nothing in an article can break a table or inject HTML. No line is
/// repeated, and nothing is cut without saying how much was left out.
public enum NightlyReport {
    /// The report's Markdown.
    public static func markdown(_ data: ReportData) -> String {
        var out = "# FactLedger report: \(period(data))\n\n"
        out += summary(data)
        out += newSection(data)
        out += backlogSection(data)
        out += retractedSection(data)
        out += closedSection(data)
        out += reviewedSection(data)
        out += figuresSection(data)
        out += stanceSection(data)
        out +=
            "Review with `factledger flags show ID`, then `flags confirm|dismiss|resolve ID --note TEXT`.\n"
        out += rulesFooter(data)
        return out
    }

    /// The articles withdrawn since the last report, each with who withdrew it and why.
    private static func retractedSection(_ data: ReportData) -> String {
        guard !data.retractions.isEmpty else { return "" }
        var out = "## Retracted \(since(data))\n\n"
        out +=
            "Their claims no longer count; the flags that rested on them are closed below.\n\n"
        out += Markdown.table(retractionHeader, data.retractions.map(retractionRow))
        return out + "\n"
    }

    /// The columns of the retractions table.
    static let retractionHeader = [
        "article", "source", "ref", "version", "retracted", "by", "note",
    ]

    /// One retraction as a row of the retractions table, unescaped.
    static func retractionRow(_ retraction: Retraction) -> [String] {
        [
            String(retraction.articleID), retraction.source, retraction.ref,
            String(retraction.version), retraction.at, retraction.by, retraction.note,
        ]
    }

    /// The rules the flags were derived with, each with how many runs used it, unescaped.
    static func rulesUsed(_ data: ReportData) -> [String] {
        data.rulesUsed.map { used in
            let runs = count(used.runs, "run")
            return used.rules.map { "\($0) (\(runs))" }
                ?? "rules not recorded (\(runs) of an older FactLedger)"
        }
    }

    /// Which rules derived the flags above.
    static func rulesFooter(_ data: ReportData) -> String {
        guard !data.rulesUsed.isEmpty else { return "" }
        return "\nFlags derived with: "
            + rulesUsed(data).map(Markdown.inline).joined(separator: "; ") + ".\n"
    }

    /// "2023-11-24" or "2023-11-05 to 2023-11-28".
    static func period(_ data: ReportData) -> String {
        data.from == data.through ? data.through.description : "\(data.from) to \(data.through)"
    }

    /// "since the report for 2023-11-05 to 2023-11-28", or "since the ledger began".
    static func since(_ data: ReportData) -> String {
        guard let last = data.lastReport else { return "since the ledger began" }
        let days = last.from == last.through ? "\(last.through)" : "\(last.from) to \(last.through)"
        return "since the report for \(days)"
    }

    /// "1 flag", "2 flags".
    static func count(_ number: Int, _ noun: String) -> String {
        NumberFormatting.count(number, noun)
    }

    /// "2 high, 1 medium" for the levels with flags, most severe first.
    static func byLevel(_ counts: [ReportData.Count]) -> String {
        let levels = Level.allCases.reversed().compactMap { level -> String? in
            let total = counts.filter { $0.level == level }.reduce(0) { $0 + $1.count }
            return total == 0 ? nil : "\(NumberFormatting.grouped(total)) \(level.rawValue)"
        }
        return levels.isEmpty ? "none" : levels.joined(separator: ", ")
    }

    private static func total(_ counts: [ReportData.Count]) -> Int {
        counts.reduce(0) { $0 + $1.count }
    }

    private static func summary(_ data: ReportData) -> String {
        var out = "## Summary\n\n"
        out +=
            "- \(count(data.articles, "article version")) from \(count(data.sources, "source")), \(count(data.claims, "claim"))\n"
        out +=
            "- \(count(total(data.newCounts), "new flag")) \(since(data)): \(byLevel(data.newCounts))\n"
        out +=
            "- \(count(total(data.backlogCounts), "flag")) raised before still open: \(byLevel(data.backlogCounts))\n"
        out += "- \(count(data.closedCount, "flag")) closed \(since(data))\n\n"
        return out
    }

    private static func newSection(_ data: ReportData) -> String {
        var out = "## New \(since(data))\n\n"
        let all = total(data.newCounts)
        guard all > 0 else { return out + "No new flags.\n\n" }
        if all > data.newFlags.count {
            out +=
                "The \(NumberFormatting.grouped(data.newFlags.count)) most severe and recent of \(NumberFormatting.grouped(all)) new flags; `factledger flags list --status open --limit 0` lists all.\n\n"
        }
        for detail in data.newFlags where detail.flag.dispute.level > .info {
            out += flagSection(detail)
        }
        let informational = data.newFlags.filter { $0.flag.dispute.level == .info }
        if !informational.isEmpty {
            out += "### For information\n\n"
            out += messageLines(informational)
            out += "\n"
        }
        return out
    }

    /// One flag: heading, message, status line, explanation and sides.
    static func flagSection(_ detail: FlagDetail) -> String {
        let flag = detail.flag
        let dispute = flag.dispute
        var out =
            "### \(dispute.level.rawValue.uppercased()) · flag \(flag.id) · \(Markdown.code(dispute.ruleID))\n\n"
        out += Markdown.inline(dispute.message) + "\n\n"
        out +=
            "Status: **\(flag.status.rawValue)** · known on \(flag.knownOn) · episode \(dispute.episode.description) · \(FlagDetailReport.subject(dispute))\n\n"
        out += FlagDetailReport.explanation(dispute) + "\n"
        out += FlagDetailReport.sides(detail.claims, sides: detail.sides) + "\n"
        return out
    }

    /// One line per distinct message, with every flag that carries it: identical lines are
    /// never repeated.
    static func messageLines(_ details: [FlagDetail], level: Bool = false) -> String {
        var order: [String] = []
        var ids: [String: [Int64]] = [:]
        for detail in details {
            let dispute = detail.flag.dispute
            let prefix =
                level
                ? "\(dispute.level.rawValue.uppercased()) \(Markdown.code(dispute.ruleID)): " : ""
            let line = prefix + Markdown.inline(dispute.message)
            if ids[line] == nil { order.append(line) }
            ids[line, default: []].append(detail.flag.id)
        }
        return order.map { line in
            let flags = ids[line]!
            return
                "- \(line) (\(flags.count == 1 ? "flag" : "flags") \(flags.map(String.init).joined(separator: ", ")))\n"
        }.joined()
    }

    private static func backlogSection(_ data: ReportData) -> String {
        var out = "## Still open\n\n"
        let all = total(data.backlogCounts)
        guard all > 0 else { return out + "Nothing raised before is still open.\n\n" }
        out +=
            "\(count(all, "flag")) raised before the period of this report \(all == 1 ? "is" : "are") still open.\n\n"
        let rules = Array(Set(data.backlogCounts.map(\.ruleID))).sorted()
        let levels = Level.allCases.reversed()
        out += Markdown.table(
            ["rule"] + levels.map(\.rawValue) + ["all"],
            rules.map { rule in
                let counts = data.backlogCounts.filter { $0.ruleID == rule }
                return [rule]
                    + levels.map { level in
                        NumberFormatting.grouped(
                            counts.filter { $0.level == level }.reduce(0) { $0 + $1.count })
                    } + [NumberFormatting.grouped(total(counts))]
            })
        out += "\n"
        if let oldest = data.oldestOpen {
            out +=
                "Oldest open: flag \(oldest.id), known since \(oldest.knownOn) (\(Markdown.code(oldest.dispute.ruleID))).\n\n"
        }
        if !data.backlog.isEmpty {
            out += "Most severe:\n\n" + messageLines(data.backlog, level: true) + "\n"
        }
        return out
    }

    private static func closedSection(_ data: ReportData) -> String {
        guard data.closedCount > 0 else { return "" }
        var out = "## Closed \(since(data))\n\n"
        if data.closedCount > data.closedFlags.count {
            out +=
                "\(NumberFormatting.grouped(data.closedFlags.count)) of \(NumberFormatting.grouped(data.closedCount)) listed.\n\n"
        }
        var lines: [String] = []
        for detail in data.closedFlags {
            let dispute = detail.flag.dispute
            let why = detail.closedBecause ?? "no longer follows from the claims"
            let line =
                "- flag \(detail.flag.id) (\(Markdown.code(dispute.ruleID))): \(Markdown.inline(dispute.message)); \(Markdown.inline(why))\n"
            if !lines.contains(line) { lines.append(line) }
        }
        return out + lines.joined() + "\n"
    }

    private static func reviewedSection(_ data: ReportData) -> String {
        guard !data.reviewedFlags.isEmpty else { return "" }
        var out = "## Already reviewed\n\n"
        out += Markdown.table(
            ["flag", "level", "status", "last decision", "message"],
            data.reviewedFlags.map { detail in
                let last =
                    detail.reviews.last.map { "\($0.action.rawValue) by \($0.by): \($0.note)" }
                    ?? ""
                return [
                    String(detail.flag.id), detail.flag.dispute.level.rawValue,
                    detail.flag.status.rawValue, last, detail.flag.dispute.message,
                ]
            })
        return out + "\n"
    }

    /// What a kind of figure is called in a heading.
    static func name(_ tally: Tally?) -> String {
        switch tally {
        case .cumulative?: return "running totals"
        case .level?: return "levels"
        case .event?: return "counts of one occurrence"
        case .planned?: return "planned figures"
        case nil: return "figures not marked as a kind"
        }
    }

    private static func figuresSection(_ data: ReportData) -> String {
        var out = "## Figures in this period\n\n"
        if data.timelines.isEmpty { return out + "No figures were reported in this period.\n\n" }
        var current = ""
        for timeline in data.timelines {
            let title = timeline.title
            if title != current {
                out += "### \(Markdown.inline(title))\n\n"
                current = title
            }
            out += "#### \(name(timeline.tally))\n\n"
            if let omitted = timeline.omittedSentence {
                out +=
                    "The latest \(NumberFormatting.grouped(timeline.claims.count)) rows; \(omitted) (`factledger claims --topic \(Markdown.inline(timeline.topic))` lists all).\n\n"
            }
            out += rows(timeline.claims)
            out += "\n" + chart(title: "\(title): \(name(timeline.tally))", timeline)
        }
        return out
    }

    /// The columns of a timeline's table.
    static let timelineHeader = [
        "published", "source", "figure", "about", "speaker", "certainty", "quote",
    ]

    /// A timeline's rows, unescaped: identical rows once each, in first-seen order, with how
    /// many times they occur.
    static func timelineRows(_ claims: [StoredClaim]) -> [(row: [String], times: Int)] {
        var order: [[String]] = []
        var counts: [[String]: Int] = [:]
        for stored in claims {
            let row = [
                stored.published.description,
                stored.source + (stored.version > 1 ? " (v\(stored.version))" : ""),
                stored.claim.valueText, stored.claim.asOf.description,
                stored.claim.speaker ?? "unattributed", stored.claim.certainty.rawValue,
                TextTable.clip(stored.claim.quote, 140),
            ]
            if counts[row] == nil { order.append(row) }
            counts[row, default: 0] += 1
        }
        return order.map { ($0, counts[$0]!) }
    }

    /// A timeline's table: identical rows are shown once, with how many times they occur.
    static func rows(_ claims: [StoredClaim]) -> String {
        Markdown.table(
            timelineHeader,
            timelineRows(claims).map { entry in
                var row = entry.row
                if entry.times > 1 { row[2] += " (×\(NumberFormatting.grouped(entry.times)))" }
                return row
            })
    }

    /// A Mermaid `xychart-beta` line of the figure most claims agree on, per day spoken about,
    /// for one kind of figure; says how many earlier days it leaves out.
    static func chart(title: String, _ timeline: ReportData.Timeline) -> String {
        let points = timeline.chart
        guard points.count >= 2, let first = points.first, let last = points.last else {
            return ""
        }
        let labels = points.map { "\"\($0.day.description.dropFirst(5))\"" }
            .joined(separator: ", ")
        let values = points.map { NumberFormatting.plain($0.value) }.joined(separator: ", ")
        let top = (points.map(\.value).max() ?? 0) * 1.1
        var out = """
            ```mermaid
            xychart-beta
                title "\(mermaidText(title)), \(first.day) to \(last.day)"
                x-axis [\(labels)]
                y-axis "\(mermaidText(timeline.topic))" 0 --> \(NumberFormatting.plain(top.rounded(.up)))
                line [\(values)]
            ```


            """
        if timeline.chartOmittedDays > 0 {
            out +=
                "The chart shows the \(NumberFormatting.grouped(points.count)) days with figures from \(first.day); \(count(timeline.chartOmittedDays, "earlier day")) with figures \(timeline.chartOmittedDays == 1 ? "is" : "are") not charted.\n\n"
        }
        return out
    }

    /// Text safe inside a Mermaid quoted label: letters, digits and plain punctuation only.
    static func mermaidText(_ text: String) -> String {
        String(
            text.unicodeScalars.filter { scalar in
                (scalar.value >= 0x30 && scalar.value <= 0x39)
                    || (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A)
                    || " .,:_()-".unicodeScalars.contains(scalar)
            }.map(Character.init))
    }

    private static func stanceSection(_ data: ReportData) -> String {
        var out = "## Stance board\n\n"
        guard !data.stances.isEmpty else { return out + "No stances recorded.\n\n" }
        let board = StanceBoard(data, text: Markdown.cell, strong: { "**\($0)**" })
        out += Markdown.table(
            ["actor"] + board.topics.map(Markdown.cell), board.rows, escaped: false)
        return out + "\n" + StanceBoard.legend(through: data.through) + "\n\n"
    }
}
