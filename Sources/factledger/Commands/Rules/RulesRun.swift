import ArgumentParser
import FactPipeline
import FactStore

extension FactLedgerCommand.Rules {
    /// `factledger rules run`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Re-evaluate every stored claim against the whole ledger with the current rules.",
            discussion:
                "Flags already raised are kept as they are (fingerprints never duplicate); new ones are added."
        )

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open()
            let runID = try ledger.beginRun(command: "rules run")
            let created = try ledger.reevaluate(
                runID: runID, evaluate: RulesFolder.evaluator(folder.engine()))
            var summary = RunSummary()
            summary.flagsAdded = created.count
            try ledger.finishRun(runID, summary: summary)
            Terminal.out("rules run: \(created.count) new flags\n")
        }
    }
}
