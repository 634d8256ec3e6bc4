import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Export {
    /// `factledger export disputes`.
    struct Disputes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Export the disputes (flags), most severe first, as `flags list` orders them.",
            discussion: """
                Columns (CSV) and keys (JSON Lines) are the flag object's: id, rule, kind, level, \
                status, topic, actor, message, claims, sources, dates, known_on, reviews, facets, \
                tally, scope, article, episode, sides, superseded_by, closes, explanation.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(
            help:
                "Only disputes in this status: open, confirmed, dismissed, resolved or superseded.")
        var status: FlagStatus?

        @Option(help: "Only disputes at this level: info, low, medium, high or critical.")
        var level: Level?

        @Option(help: "Only disputes about this topic.")
        var topic: String?

        @Option(help: "Only disputes of this rule (its id).")
        var rule: String?

        @Option(help: "Only disputes with a claim from this source.")
        var source: String?

        @Option(help: "Only disputes known on or after this day (YYYY-MM-DD).")
        var since: Day?

        @Option(help: "Output format: csv or jsonl.")
        var format: ExportFormat = .csv

        /// How many disputes are read at a time.
        static let pageSize = 500

        func run() throws {
            let ledger = try self.ledger.open()
            let writer = RowWriter(format: format, keys: FlagJSON.keys)
            var filter = FlagFilter(
                status: status, level: level, knownFrom: since, topic: topic, ruleID: rule,
                source: source, limit: Self.pageSize, offset: 0)
            while true {
                let page = try ledger.flagDetails(filter)
                for detail in page { writer.write(FlagJSON.object(detail)) }
                writer.flush()
                if page.count < Self.pageSize { break }
                filter.offset = (filter.offset ?? 0) + Self.pageSize
            }
        }
    }
}
