import FactLedgerCore
import FactReports
import FactStore
import Foundation

/// Gathers the nightly report's data from the ledger as known through the report's last day.
public struct ReportBuilder: Sendable {
    /// The ledger read.
    public let ledger: Ledger
    /// The most claims shown per figure's timeline.
    public var timelineLimit = 12

    /// Creates a builder.
    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    /// The report data for the days `from` through `through`.
    public func data(from: Day, through: Day) throws -> ReportData {
        let counts = try ledger.periodCounts(from: from, through: through)
        let limit = ReportData.listLimit
        let open = try ledger.flagDetails(status: .open, knownThrough: through, limit: limit * 2)
            .filter { $0.flag.finding.level > .info }
        let informational = try ledger.flagDetails(
            status: .open, level: .info, knownThrough: through, knownFrom: from, limit: limit)
        let reviewed = try ledger.flagDetails(
            knownThrough: through, knownFrom: from, excludingStatus: .open, limit: limit)
        let timelines = try ledger.changedTopics(from: from, through: through).map { key in
            ReportData.Timeline(
                topic: key.topic, facets: key.facets,
                claims: try ledger.numericTimeline(key, through: through, limit: timelineLimit))
        }
        let stances = try ledger.stanceBoard(through: through).map {
            ReportData.StanceEntry(current: $0.current, previous: $0.previous)
        }
        return ReportData(
            from: from, through: through, articles: counts.articles, sources: counts.sources,
            claims: counts.claims,
            newFlagCounts: try ledger.flagCounts(from: from, through: through),
            openFlagCounts: try ledger.flagCounts(status: .open, through: through),
            oldestOpen: try ledger.oldestOpenFlag(through: through),
            openFlags: Array(open.prefix(limit)), newInformational: informational,
            reviewedFlags: reviewed,
            timelines: timelines, stances: stances)
    }

    /// Renders the report and writes it into `folder` as `THROUGH.md` (or `FROM--THROUGH.md`),
    /// creating the folder; returns the path written.
    public func write(from: Day, through: Day, to folder: String) throws -> String {
        let markdown = NightlyReport.markdown(try data(from: from, through: through))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = from == through ? "\(through).md" : "\(from)--\(through).md"
        let path = (folder as NSString).appendingPathComponent(name)
        let temporary = path + ".tmp"
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: temporary))
        if FileManager.default.fileExists(atPath: path) {
            try FileManager.default.removeItem(atPath: path)
        }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        return path
    }
}
