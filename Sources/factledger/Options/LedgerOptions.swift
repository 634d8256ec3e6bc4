import ArgumentParser
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

    /// Opens the ledger, turning a refusal into a clear error with exit code 3.
    func open(pooled: Bool = true) throws -> Ledger {
        do {
            return try Ledger(path: path, pooled: pooled)
        } catch let error as LedgerError {
            throw CommandFailure.ledger(error.description)
        }
    }
}
