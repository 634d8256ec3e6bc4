import FactLedgerCore
import FactReports
import FactStore
import Foundation

/// Gathers the nightly report's data from the ledger as known through the report's last day,
/// and records each report written so the next one knows what is new.
public struct ReportBuilder: Sendable {
    /// The ledger read.
    public let ledger: Ledger

    /// Creates a builder.
    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// The report data for the days `from` through `through`.
    ///
    /// "New" counts from the last report written for a period that ended before `from`: the
    /// flags raised by runs after it (all flags when there is none). The backlog is the open
    /// flags raised before.
    public func data(from: Day, through: Day) throws -> ReportData {
        let counts = try ledger.periodCounts(from: from, through: through)
        let last = try ledger.lastReport(before: from)
        let limit = ReportData.listLimit
        let newFilter = FlagFilter(
            status: .open, knownThrough: through, raisedAfterRun: last.map { $0.runID ?? 0 })
        var listed = newFilter
        listed.limit = limit
        var backlogFilter = FlagFilter(status: .open, knownThrough: through)
        backlogFilter.raisedThroughRun = last.map { $0.runID ?? 0 } ?? -1
        var shown = backlogFilter
        shown.limit = ReportData.backlogShown
        let closedFilter = FlagFilter(
            status: .superseded, knownThrough: through,
            changedAfterRun: last.map { $0.runID ?? 0 })
        var closedShown = closedFilter
        closedShown.limit = limit
        func counted(_ filter: FlagFilter) throws -> [ReportData.Count] {
            try ledger.flagCounts(filter).map {
                ReportData.Count(ruleID: $0.ruleID, level: $0.level, count: $0.count)
            }
        }
        return ReportData(
            from: from, through: through, articles: counts.articles, sources: counts.sources,
            claims: counts.claims, lastReport: last.map { ($0.from, $0.through) },
            newCounts: try counted(newFilter), newFlags: try ledger.flagDetails(listed),
            backlogCounts: try counted(backlogFilter), backlog: try ledger.flagDetails(shown),
            oldestOpen: try ledger.oldestOpenFlag(through: through),
            closedFlags: try ledger.flagDetails(closedShown),
            closedCount: try counted(closedFilter).reduce(0) { $0 + $1.count },
            reviewedFlags: try ledger.flagDetails(
                FlagFilter(knownFrom: from, knownThrough: through, reviewed: true, limit: limit)),
            timelines: try timelines(from: from, through: through),
            stances: try ledger.stanceBoard(through: through).map {
                ReportData.StanceEntry(current: $0.current, previous: $0.previous)
            }, retractions: try ledger.retractions(afterRun: last.map { $0.runID ?? 0 }),
            rulesUsed: try ledger.rulesUsed())
    }

    /// The figures of the period, one timeline per topic, facets and kind of figure, each with
    /// its chart of the figure most claims about a day agree on.
    func timelines(from: Day, through: Day) throws -> [ReportData.Timeline] {
        let groups = try ledger.figuresPublished(
            from: from, through: through, keep: ReportData.rowLimit)
        var charts: [String: [FigurePoint]] = [:]
        let first = through.adding(days: 1 - ReportData.chartDays)
        return try groups.map { rows in
            let facets = Facets(canonical: rows.key.facets)
            let key = rows.key.topic + "\u{1F}" + rows.key.facets
            if charts[key] == nil {
                charts[key] = try ledger.figuresAbout(
                    topic: rows.key.topic, facets: facets, days: first...through,
                    knownThrough: through)
            }
            let points = charts[key]!.filter { $0.tally == rows.key.tally }
            let chart = Dictionary(grouping: points, by: \.day).keys.sorted().compactMap {
                day -> (day: Day, value: Double)? in
                Self.reference(points.filter { $0.day == day }.map(\.quantity)).map { (day, $0) }
            }
            let omitted: (count: Int, from: Day, through: Day)? =
                rows.omitted > 0
                ? (rows.omitted, rows.omittedFrom ?? from, rows.omittedThrough ?? through) : nil
            return ReportData.Timeline(
                topic: rows.key.topic, facets: facets, tally: rows.key.tally,
                claims: rows.claims, omitted: omitted, chart: chart,
                chartOmittedDays: chart.isEmpty
                    ? 0
                    : try ledger.daysWithFigures(
                        topic: rows.key.topic, facets: facets, tally: rows.key.tally,
                        before: chart[0].day, knownThrough: through))
        }
    }

    /// The figure most statements about one day agree on: the lower median of the numbers
    /// quoted, taken among those that state a number when any does.
    static func reference(_ quantities: [Quantity]) -> Double? {
        let figures = quantities.filter { $0.qualifier != .vague }
        let points = figures.filter { $0.best != nil }
        let anchors = (points.isEmpty ? figures : points).map(\.anchor).sorted()
        return anchors.isEmpty ? nil : anchors[(anchors.count - 1) / 2]
    }

    /// Renders the report, writes it into `folder` as `THROUGH.md` (or `FROM--THROUGH.md`),
    /// creating the folder, and records it in the ledger; returns the path written.
    public func write(from: Day, through: Day, to folder: String) throws -> String {
        try write(from: from, through: through, to: folder, formats: [.markdown])[0]
    }

    /// Renders the report in each format asked for (Markdown `.md`, self-contained HTML
    /// `.html`, beside each other), writes each into `folder` under the same name, creating the
    /// folder, and records the report once in the ledger; returns the paths written, Markdown
    /// first.
    public func write(from: Day, through: Day, to folder: String, formats: [ReportFormat]) throws
        -> [String]
    {
        let latestRun = try ledger.latestRun()
        let data = try data(from: from, through: through)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stem = from == through ? "\(through)" : "\(from)--\(through)"
        var paths: [String] = []
        for format in ReportFormat.allCases where formats.contains(format) {
            let text: String
            switch format {
            case .markdown: text = NightlyReport.markdown(data)
            case .html: text = NightlyReportHTML.html(data)
            }
            let path = (folder as NSString).appendingPathComponent(
                stem + "." + format.fileExtension)
            let temporary = path + ".tmp"
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if FileManager.default.fileExists(atPath: path) {
                try FileManager.default.removeItem(atPath: path)
            }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            paths.append(path)
        }
        try ledger.recordReport(from: from, through: through, runID: latestRun)
        return paths
    }
}
