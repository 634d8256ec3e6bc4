import ArgumentParser
import FactLedgerCore
import FactPipeline
import FactStore

extension FactLedgerCommand.Rules {
    /// `factledger rules run`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Derive every flag from the stored claims again with the current rules.",
            discussion: """
                In one transaction. Flags that still follow from the claims keep their id and \
                their reviews; flags the rules no longer give are removed, or, when someone \
                reviewed them, closed as superseded. A ledger from an older FactLedger gets its \
                flags derived this way, with the old flags' reviews attached to the matching ones.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open(rules: folder, deriving: false)
            let runID = try ledger.beginRun(command: "rules run", rules: folder.label)
            let changes = try ledger.rederive(deriver: folder.engine(), runID: runID)
            var summary = RunSummary()
            summary.flagsAdded = changes.opened
            try ledger.finishRun(runID, summary: summary)
            let closed = changes.entries.filter { $0.change == .closed }.count
            let removed = changes.entries.filter { $0.change == .removed }.count
            let changed = changes.entries.filter { $0.change == .changed }.count
            let g = NumberFormatting.grouped(_:) as (Int) -> String
            Terminal.out(
                "rules run: \(g(changes.opened)) new flags, \(g(changed)) changed, \(g(closed)) closed, "
                    + "\(g(removed)) removed\n")
        }
    }
}
