import ArgumentParser

extension FactLedgerCommand.Flags {
    /// `factledger flags reopen`.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put a reviewed flag back in the queue.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var review: FlagReviewOptions

        func run() throws { try review.apply(.reopen, ledger: ledger) }
    }
}
