import ArgumentParser

extension FactLedgerCommand.Flags {
    /// `factledger flags dismiss`.
    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Dismiss a flag: not worth acting on. It stays dismissed unless a new claim joins it."
        )

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var review: FlagReviewOptions

        func run() throws { try review.apply(.dismiss, ledger: ledger) }
    }
}
