import ArgumentParser
import FactPipeline
import FactStore
import Foundation

/// The option every subcommand takes: where the ledger file is.
struct LedgerOptions: ParsableArguments {
    /// The environment variable that names the ledger when `--db` is not given.
    static let environmentKey = "FACTLEDGER_DB"
    /// The ledger file used when neither `--db` nor the environment names one.
    static let defaultPath = "factledger.sqlite"

    @Option(help: "The ledger file (default: $FACTLEDGER_DB, else ./factledger.sqlite).")
    var db: String?

    /// The ledger path in force.
    var path: String {
        db ?? ProcessInfo.processInfo.environment[Self.environmentKey].flatMap {
            $0.isEmpty ? nil : $0
        }
            ?? Self.defaultPath
    }

    /// What a command that reads the ledger says when there is none at the path.
    static func missingLedgerMessage(_ path: String) -> String {
        "\(path): no ledger here, and nothing was created; ingest articles first (factledger "
            + "ingest), or name the ledger with --db or $\(environmentKey)"
    }

    /// Opens the ledger, turning a refusal into a clear error with exit code 3; only commands
    /// that add articles (`creating`) make a new ledger, the others refuse a missing one.
    ///
    /// A ledger from an older FactLedger is brought up to the current schema on opening; when
    /// its flags still have to become disputes, they are derived from its claims with `rules`
    /// (or, when not given, the rules `RulesOptions` finds without `--rules`), unless
    /// `deriving` is false (the caller derives them itself).
    func open(
        pooled: Bool = true, creating: Bool = false, rules: RulesFolder? = nil,
        deriving: Bool = true
    ) throws -> Ledger {
        if !creating, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.ledger(Self.missingLedgerMessage(path))
        }
        do {
            let ledger = try Ledger(path: path, pooled: pooled)
            if deriving, try ledger.needsDerivation() {
                guard let folder = rules ?? (try? RulesOptions.load(named: nil, strict: false))
                else {
                    throw LedgerError.needsDerivation(path: path)
                }
                let runID = try ledger.beginRun(command: "upgrade", rules: folder.label)
                let changes = try ledger.rederive(deriver: folder.engine(), runID: runID)
                var summary = RunSummary()
                summary.flagsAdded = changes.opened
                try ledger.finishRun(runID, summary: summary)
                Terminal.error(
                    "\(path): flags of an older FactLedger derived again as disputes (\(changes.opened) flags)"
                )
            }
            return ledger
        } catch let error as LedgerError {
            throw CommandFailure.ledger(error.description)
        }
    }
}
