import ArgumentParser

extension FactLedgerCommand {
    /// `factledger flags`: list, inspect and review flags.
    struct Flags: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, inspect and review the flags the rules raised.",
            discussion: """
                Review moves: open → confirmed | dismissed | resolved; confirmed → resolved; any \
                reviewed flag → open again with reopen. Every decision is kept in the review log.
                """,
            subcommands: [
                List.self, Show.self, Confirm.self, Dismiss.self, Resolve.self, Reopen.self,
            ])
    }
}
