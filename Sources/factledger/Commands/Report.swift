import ArgumentParser
import FactLedgerCore
import FactPipeline

extension FactLedgerCommand {
    /// `factledger report`: the nightly Markdown report.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the report for a day or a period, in Markdown, HTML or both.",
            discussion: """
                The report shows only what was published by its last day, so a report for a past \
                date is what was known then; the same ledger and dates give the same bytes. Written \
                to OUT/DATE.md (OUT/SINCE--UNTIL.md for a period); with --format html or both, \
                OUT/DATE.html beside it: one self-contained file with inline CSS and inline SVG \
                charts. Without dates: the latest day anything was published.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var output: ReportOptions

        @Option(help: "The day to report on (YYYY-MM-DD).")
        var date: Day?

        @Option(help: "The first day of a period (YYYY-MM-DD); needs --until.")
        var since: Day?

        @Option(help: "The last day of a period (YYYY-MM-DD); needs --since.")
        var until: Day?

        @Option(help: "What to write: markdown, html or both.")
        var format: Format = .markdown

        /// The formats `report` writes.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case markdown, html, both

            /// The report formats written.
            var formats: [ReportFormat] {
                switch self {
                case .markdown: return [.markdown]
                case .html: return [.html]
                case .both: return [.markdown, .html]
                }
            }
        }

        func validate() throws {
            if date != nil, since != nil || until != nil {
                throw ValidationError("Give --date, or --since with --until, not both.")
            }
            if (since == nil) != (until == nil) {
                throw ValidationError("--since and --until go together.")
            }
            if let since, let until, since > until {
                throw ValidationError("--since must not be after --until.")
            }
        }

        func run() throws {
            let ledger = try self.ledger.open()
            let from: Day
            let through: Day
            if let since, let until {
                (from, through) = (since, until)
            } else if let date {
                (from, through) = (date, date)
            } else {
                guard let latest = try ledger.latestPublished() else {
                    throw CommandFailure.badInput(
                        "the ledger holds no articles yet; ingest some first, or give --date")
                }
                (from, through) = (latest, latest)
            }
            let paths = try ReportBuilder(ledger: ledger).write(
                from: from, through: through, to: output.out, formats: format.formats)
            for path in paths { Terminal.out("report written: \(path)\n") }
        }
    }
}
