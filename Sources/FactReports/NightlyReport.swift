import FactLedgerCore

/// Renders the nightly Markdown report: summary, flags needing review with both sides, figures
/// that changed (tables and a Mermaid chart), the stance board and the review queue.
///
/// The output depends only on the data: the same ledger and dates give the same bytes. Article
/// text is escaped so nothing in an article can break a table or inject HTML.
public enum NightlyReport {
    /// The report's Markdown.
    public static func markdown(_ data: ReportData) -> String {
        var out = "# FactLedger report: \(period(data))\n\n"
        out += summary(data)
        out += reviewSection(data)
        out += figuresSection(data)
        out += stanceSection(data)
        out += queueSection(data)
        return out
    }

    /// "2023-11-24" or "2023-11-05 to 2023-11-28".
    static func period(_ data: ReportData) -> String {
        data.from == data.through ? data.through.description : "\(data.from) to \(data.through)"
    }

    private static func summary(_ data: ReportData) -> String {
        var out = "## Summary\n\n"
        out +=
            "- \(data.articles) article versions from \(data.sources) sources, \(data.claims) claims\n"
        let byLevel = Level.allCases.reversed().map { level in
            "\(data.newFlagCounts[level] ?? 0) \(level.rawValue)"
        }
        let newTotal = data.newFlagCounts.values.reduce(0, +)
        let openTotal = data.openFlagCounts.values.reduce(0, +)
        out += "- \(count(newTotal, "new flag")): \(byLevel.joined(separator: ", "))\n"
        out += "- \(count(openTotal, "flag")) open for review\n\n"
        return out
    }

    /// "1 flag", "2 flags".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    private static func reviewSection(_ data: ReportData) -> String {
        var out = "## Flags needing review\n\n"
        let needing = data.openFlags
        if needing.isEmpty { out += "Nothing waits for review.\n\n" }
        let waiting = data.openFlagCounts.filter { $0.key > .info }.values.reduce(0, +)
        if waiting > needing.count {
            out +=
                "The \(needing.count) most severe and recent of \(waiting) open flags; `factledger flags list --status open` lists all.\n\n"
        }
        for detail in needing {
            let flag = detail.flag
            out +=
                "### \(flag.finding.level.rawValue.uppercased()) · flag \(flag.id) · \(Markdown.code(flag.finding.ruleID))\n\n"
            out += Markdown.inline(flag.finding.message) + "\n\n"
            out +=
                "Status: **\(flag.status.rawValue)** · known on \(flag.knownOn) · topic \(Markdown.code(flag.finding.topic))\n\n"
            out += FlagDetailReport.sides(detail.claims) + "\n"
        }
        let informational = data.newInformational
        if !informational.isEmpty {
            out += "### For information\n\n"
            for detail in informational {
                out += "- flag \(detail.flag.id): \(Markdown.inline(detail.flag.finding.message))\n"
            }
            out += "\n"
        }
        if !data.reviewedFlags.isEmpty {
            out += "### Already reviewed\n\n"
            out += Markdown.table(
                ["flag", "level", "status", "last decision", "message"],
                data.reviewedFlags.map { detail in
                    let last =
                        detail.reviews.last.map { "\($0.action.rawValue) by \($0.by): \($0.note)" }
                        ?? ""
                    return [
                        String(detail.flag.id), detail.flag.finding.level.rawValue,
                        detail.flag.status.rawValue, last,
                        detail.flag.finding.message,
                    ]
                })
            out += "\n"
        }
        return out
    }

    private static func figuresSection(_ data: ReportData) -> String {
        var out = "## Figures that changed\n\n"
        if data.timelines.isEmpty { out += "No figures were reported in this period.\n\n" }
        for timeline in data.timelines {
            let title = timeline.topic + (timeline.facets.isEmpty ? "" : " (\(timeline.facets))")
            out += "### \(Markdown.inline(title))\n\n"
            out += Markdown.table(
                ["published", "source", "figure", "speaker", "certainty", "quote"],
                timeline.claims.map { stored in
                    [
                        stored.published.description,
                        stored.source + (stored.version > 1 ? " (v\(stored.version))" : ""),
                        stored.claim.valueText,
                        stored.claim.speaker ?? "unattributed", stored.claim.certainty.rawValue,
                        TextTable.clip(stored.claim.quote, 140),
                    ]
                })
            out += "\n" + chart(title: title, claims: timeline.claims)
        }
        return out
    }

    /// A Mermaid `xychart-beta` line of the median figure reported on each day.
    static func chart(title: String, claims: [StoredClaim]) -> String {
        var byDay: [Day: [Double]] = [:]
        for stored in claims {
            guard let quantity = stored.claim.quantity, quantity.qualifier != .vague else {
                continue
            }
            byDay[stored.published, default: []].append(quantity.anchor)
        }
        let days = byDay.keys.sorted()
        guard days.count >= 2 else { return "" }
        let medians = days.map { day -> Double in
            let values = byDay[day]!.sorted()
            return values.count % 2 == 1
                ? values[values.count / 2]
                : (values[values.count / 2 - 1] + values[values.count / 2]) / 2
        }
        let labels = days.map { "\"\($0.description.dropFirst(5))\"" }.joined(separator: ", ")
        let values = medians.map { NumberFormatting.plain($0) }.joined(separator: ", ")
        let top = (medians.max() ?? 0) * 1.1
        return """
            ```mermaid
            xychart-beta
                title "\(mermaidText(title)): median figure reported per day"
                x-axis [\(labels)]
                y-axis "\(mermaidText(title))" 0 --> \(NumberFormatting.plain(top.rounded(.up)))
                line [\(values)]
            ```


            """
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
        let actors = Array(Set(data.stances.compactMap(\.current.claim.actor))).sorted()
        let topics = Array(Set(data.stances.map(\.current.claim.topic))).sorted()
        var rows: [[String]] = []
        for actor in actors {
            var row = [Markdown.inline(actor)]
            for topic in topics {
                guard
                    let entry = data.stances.first(where: {
                        $0.current.claim.actor == actor && $0.current.claim.topic == topic
                    })
                else {
                    row.append("")
                    continue
                }
                var cell = Markdown.inline(entry.current.claim.polarity?.rawValue ?? "")
                if let previous = entry.previous, previous.published <= entry.current.published {
                    cell =
                        "\(Markdown.inline(previous.claim.polarity?.rawValue ?? "")) → **\(cell)**"
                }
                if entry.current.published >= data.from {
                    cell += " (\(entry.current.published.description.dropFirst(5)))"
                }
                row.append(cell)
            }
            rows.append(row)
        }
        out += Markdown.table(["actor"] + topics.map(Markdown.inline), rows, escaped: false)
        out +=
            "\nA cell shows the latest position as of \(data.through); an arrow marks a change from the position before; a date marks a position stated in this period.\n\n"
        return out
    }

    private static func queueSection(_ data: ReportData) -> String {
        var out = "## Review queue\n\n"
        out += "- open flags: \(data.openFlagCounts.values.reduce(0, +))\n"
        if let oldest = data.oldestOpen {
            out +=
                "- oldest open: flag \(oldest.id), known since \(oldest.knownOn) (\(Markdown.code(oldest.finding.ruleID)))\n"
        }
        let levels = Level.allCases.reversed().compactMap { level -> String? in
            let count = data.openFlagCounts[level] ?? 0
            return count == 0 ? nil : "\(count) \(level.rawValue)"
        }
        if !levels.isEmpty { out += "- by level: \(levels.joined(separator: ", "))\n" }
        out +=
            "\nReview with `factledger flags show ID`, then `flags confirm|dismiss|resolve ID --note TEXT`.\n"
        return out
    }
}
