import ArgumentParser
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactStore

extension FactLedgerCommand {
    /// `factledger ingest`: add articles to the ledger.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Add articles (files, folders, JSON Lines, or - for standard input) to the ledger.",
            discussion: """
                Folders are read recursively (.txt, .md, .jsonl). Each article is stored in one \
                transaction with its claims and flags. The same content again is a no-op; a changed \
                text for the same source and url/id becomes a new version. Refused inputs are listed \
                on standard error with their path (and line), the rest still go in, and the exit code \
                is 2.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        @Argument(help: "Article files, folders, JSON Lines files, or - for standard input.")
        var paths: [String]

        @Option(
            help:
                "The source of articles that do not name one, matched to a stored source in any case (default: the parent folder's name)."
        )
        var source: String?

        @Option(help: "The publication date (YYYY-MM-DD) of articles that give none.")
        var date: Day?

        func validate() throws {
            if paths.isEmpty {
                throw ValidationError("Give at least one path, or - for standard input.")
            }
        }

        func run() throws {
            let rules = try self.rules.load()
            let ledger = try self.ledger.open(creating: true, rules: rules)
            let defaults = ArticleDefaults(
                source: try source.map { try LedgerNames.sourceOrNew($0, in: ledger) }, date: date)
            let outcome = try IngestRun(ledger: ledger, rules: rules, command: "ingest").run(
                paths: paths, defaults: defaults)
            if outcome.summary.rejected > 0 { throw ExitCode(2) }
        }
    }
}
