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

    /// What a command that reads the ledger says when there is none at the path.
    static func missingLedgerMessage(_ path: String) -> String {
        "\(path): no ledger here, and nothing was created; ingest articles first (factledger "
            + "ingest), or name the ledger with --db or $\(environmentKey)"
    }

    /// Opens the ledger, turning a refusal into a clear error with exit code 3; only commands
    /// that add articles (`creating`) make a new ledger, the others refuse a missing one.
    func open(pooled: Bool = true, creating: Bool = false) throws -> Ledger {
        if !creating, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.ledger(Self.missingLedgerMessage(path))
        }
        do {
            return try Ledger(path: path, pooled: pooled)
        } catch let error as LedgerError {
            throw CommandFailure.ledger(error.description)
        }
    }
}
