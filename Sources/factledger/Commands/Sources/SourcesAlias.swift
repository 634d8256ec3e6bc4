import ArgumentParser
import FactLedgerCore
import FactPipeline
import FactStore
import Foundation

extension FactLedgerCommand.Sources {
    /// `factledger sources alias`.
    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a spelling of an outlet count as another source.",
            discussion: """
                factledger sources alias "Times of Israel" "The Times of Israel": claims stored \
                under the first spelling count as the second source in flags, reports and \
                listings, and so do articles that arrive under it later. The canonical source \
                must be stored; names match in any case. Every flag is then derived again with \
                the rules (as rules run does): flags between two spellings of one outlet close or \
                go, and flags kept per outlet now see both spellings as one.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        @Argument(help: "The spelling to count as the other source.")
        var spelling: String

        @Argument(help: "The canonical source (a stored source).")
        var canonical: String

        /// What an empty name says.
        static let emptyNameMessage = "A source name must not be empty."

        func validate() throws {
            if spelling.trimmingCharacters(in: .whitespaces).isEmpty
                || canonical.trimmingCharacters(in: .whitespaces).isEmpty
            {
                throw ValidationError(Self.emptyNameMessage)
            }
        }

        /// The line that reports the alias.
        static func doneMessage(_ alias: SourceAlias) -> String {
            let changes = alias.changes
            let closed = changes.entries.filter { $0.change == .closed }.count
            let removed = changes.entries.filter { $0.change == .removed }.count
            let changed = changes.entries.filter { $0.change == .changed }.count
            var line = "\(alias.spelling) now counts as \(alias.canonical)"
            if !alias.moved.isEmpty {
                line += " (with \(alias.moved.joined(separator: ", ")))"
            }
            let g = NumberFormatting.grouped(_:) as (Int) -> String
            return line
                + "; flags derived again: \(g(changes.opened)) new, \(g(changed)) changed, "
                + "\(g(closed)) closed, \(g(removed)) removed"
        }

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open(rules: folder)
            let stored = try ledger.sourceNames()
            let canonical = try NameCheck.resolve(self.canonical, .source, among: stored)
            let spelling = try LedgerNames.sourceOrNew(self.spelling, in: ledger)
            let runID = try ledger.beginRun(command: "sources alias")
            do {
                let alias = try ledger.addAlias(
                    spelling, to: canonical, deriver: folder.engine(), runID: runID)
                var summary = RunSummary()
                summary.flagsAdded = alias.changes.opened
                try ledger.finishRun(runID, summary: summary)
                Terminal.out(Self.doneMessage(alias) + "\n")
            } catch let error as LedgerError {
                throw CommandFailure.badInput(error.description)
            }
        }
    }
}
