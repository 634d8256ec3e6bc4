import ArgumentParser
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactReports
import FactStore
import Foundation

extension FactLedgerCommand {
    /// `factledger check`: compare one article with history without changing the ledger.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare one article with the ledger without changing it.",
            discussion: """
                Runs the real pipeline inside a transaction that is rolled back: for each claim its \
                relation to history (new, confirms, refines, updates, conflicts) with the stored \
                claims it relates to, and the flags ingesting it would raise. Exit 1 when a flag at \
                or above --fail-on would be raised, 0 otherwise, 2 on bad input. The ledger file is \
                not changed (and not created when absent).
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        @Argument(help: "An article file (text, Markdown or JSON Lines), or - for standard input.")
        var article: String

        @Option(
            help:
                "The source to assume when the article names none, matched to a stored source in any case (default: its folder's name)."
        )
        var source: String?

        @Option(help: "The publication date (YYYY-MM-DD) to assume when the article gives none.")
        var date: Day?

        @Option(help: "Output format: markdown or json.")
        var format: CheckFormat = .markdown

        @Option(
            help:
                "Exit 1 when a flag at or above this level would be raised: info, low, medium, high, critical."
        )
        var failOn: Level = .high

        /// How `check` prints.
        enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open(pooled: false, rules: folder)
            let (articles, refused) = try ArticleInput.read(
                article,
                defaults: ArticleDefaults(
                    source: try source.map { try LedgerNames.sourceOrNew($0, in: ledger) },
                    date: date))
            var fails = false
            for article in articles {
                let result = try ArticleCheck(ledger: ledger, folder: folder).run(
                    article, failOn: failOn)
                fails = fails || result.fails
                Terminal.out(
                    format == .json
                        ? CheckReport.json(result).text + "\n" : CheckReport.markdown(result))
            }
            try ArticleInput.report(refused)
            if fails { throw ExitCode(1) }
        }
    }
}
