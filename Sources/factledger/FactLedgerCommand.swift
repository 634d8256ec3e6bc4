import ArgumentParser
import Foundation

/// The `factledger` command: tracks what the news says, claim by claim.
@main
struct FactLedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factledger",
        abstract:
            "Track what the news says, claim by claim: extract, version, flag changes and conflicts.",
        discussion: """
            Defaults need no flags: the ledger is ./factledger.sqlite (or $FACTLEDGER_DB), rules \
            come from --rules, else $FACTLEDGER_RULES, else ./Rules when present, else the rules \
            built into factledger; reports go to ./Reports.

            Exit codes: 0 success; 1 a check or test found something at or above the threshold; \
            2 bad input (the other inputs of a batch are still stored); 3 the ledger could not be \
            used; 64 the command line was not understood.
            """,
        version: FactLedgerCommand.version,
        subcommands: [
            Ingest.self, Claims.self, Extract.self, Numbers.self, Sources.self, Topics.self,
            Actors.self, Rules.self, Flags.self, Eval.self, Report.self, Nightly.self, Check.self,
            Retract.self, Serve.self, Export.self, Bench.self,
        ]
    )

    /// The version `--version` prints.
    static let version = "factledger 0.6.0"

    /// Runs the command, giving ledger and input failures their documented exit codes.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.error("error: \(failure)")
            Foundation.exit(failure.exitCode.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
