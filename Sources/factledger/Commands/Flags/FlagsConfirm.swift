import ArgumentParser

extension FactLedgerCommand.Flags {
    /// `factledger flags confirm`.
    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm a flag: the finding is real.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var review: FlagReviewOptions

        func run() throws { try review.apply(.confirm, ledger: ledger) }
    }
}
