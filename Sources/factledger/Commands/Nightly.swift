import ArgumentParser
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline

extension FactLedgerCommand {
    /// `factledger nightly`: ingest, evaluate and report in one go.
    struct Nightly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Ingest the inbox, evaluate the rules and write the report, as a cron job runs it.",
            discussion: """
                The report covers the publication days of the articles this run added (first to \
                last), or --report-day when given. With nothing new and no --report-day, no report \
                is written: a rerun adds nothing. Prints where the report went. Exit 2 when some \
                input was refused (the rest is ingested and reported).
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions
        @OptionGroup var output: ReportOptions

        @Argument(
            help: "Inbox files or folders (text, Markdown, JSON Lines), or - for standard input.")
        var inbox: [String]

        @Option(
            help:
                "The source of articles that do not name one, matched to a stored source in any case (default: the parent folder's name)."
        )
        var source: String?

        @Option(help: "The publication date (YYYY-MM-DD) of articles that give none, as in ingest.")
        var date: Day?

        @Option(help: "Report on this day (YYYY-MM-DD) instead of the days of the new articles.")
        var reportDay: Day?

        func validate() throws {
            if inbox.isEmpty {
                throw ValidationError("Give at least one inbox path, or - for standard input.")
            }
        }

        func run() throws {
            let rules = try self.rules.load()
            let ledger = try self.ledger.open(creating: true, rules: rules)
            let report = try IngestRun(ledger: ledger, rules: rules, command: "nightly")
                .run(
                    paths: inbox,
                    defaults: ArticleDefaults(
                        source: try source.map { try LedgerNames.sourceOrNew($0, in: ledger) },
                        date: date))
            let period: (Day, Day)
            if let reportDay {
                period = (reportDay, reportDay)
            } else if let first = report.firstPublished, let last = report.lastPublished {
                period = (first, last)
            } else if try ledger.latestPublished() != nil {
                Terminal.out("nothing new: no report written (give --report-day to write one)\n")
                if report.summary.rejected > 0 { throw ExitCode(2) }
                return
            } else {
                throw CommandFailure.badInput("nothing to report: no article was ingested")
            }
            let path = try ReportBuilder(ledger: ledger).write(
                from: period.0, through: period.1, to: output.out)
            Terminal.out("report written: \(path)\n")
            if report.summary.rejected > 0 { throw ExitCode(2) }
        }
    }
}
