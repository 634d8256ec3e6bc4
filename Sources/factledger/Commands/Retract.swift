import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore
import Foundation

extension FactLedgerCommand {
    /// `factledger retract`: withdraws an article from the record.
    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retract an article: its claims stop counting and its flags close.",
            discussion: """
                A retraction is added to the record and nothing is deleted: the article, its \
                claims and the flags they raised stay readable. The claims of its latest version \
                leave every flag; a flag that rested on them closes as retracted, linked to the \
                retraction, and the next report lists it. A later version of the same article \
                (the outlet republishing it) counts again. A retraction cannot be undone or \
                edited.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        @Argument(
            help: "The article: its id or url, its sha256:digest, or its row id.")
        var article: String

        @Option(help: "The article's outlet, when several outlets have the same ref.")
        var source: String?

        @Option(help: "Why it is retracted: kept with the retraction.")
        var note: String

        @OptionGroup var reviewer: ReviewerOption

        /// What the command prints when it has retracted an article.
        static func retractedMessage(_ outcome: RetractionOutcome) -> String {
            let retraction = outcome.retraction
            let closed = outcome.disputes.entries.filter {
                $0.change == .closed || $0.change == .changed && $0.dispute.state == .superseded
            }.count
            let removed = outcome.disputes.entries.filter { $0.change == .removed }.count
            return
                "retracted: \(retraction.source) \(retraction.ref) version \(retraction.version) "
                + "(article \(retraction.articleID)) by \(retraction.by) at \(retraction.at); "
                + "\(outcome.claims) claims no longer count, \(closed) flags closed, "
                + "\(removed) unreviewed flags removed\n"
        }

        func validate() throws {
            if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("--note must say why.")
            }
            if article.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("Name the article: its ref or its row id.")
            }
        }

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open(rules: folder)
            do {
                let runID = try ledger.beginRun(command: "retract", rules: folder.label)
                let outcome = try ledger.retract(
                    ref: article, source: source, note: note, by: reviewer.name ?? "",
                    runID: runID, deriver: folder.engine())
                try ledger.finishRun(runID, summary: RunSummary())
                Terminal.out(Self.retractedMessage(outcome))
            } catch let error as LedgerError {
                switch error {
                case .unknownArticle, .ambiguousArticle, .alreadyRetracted:
                    throw CommandFailure.badInput(error.description)
                default:
                    throw CommandFailure.ledger(error.description)
                }
            }
        }
    }
}
