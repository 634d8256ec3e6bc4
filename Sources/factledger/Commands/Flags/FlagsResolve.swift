import ArgumentParser

extension FactLedgerCommand.Flags {
    /// `factledger flags resolve`.
    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Resolve a flag: the discrepancy has been settled.")

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var review: FlagReviewOptions

        func run() throws { try review.apply(.resolve, ledger: ledger) }
    }
}
