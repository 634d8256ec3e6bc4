import ArgumentParser

extension FactLedgerCommand {
    /// `factledger sources`: the outlets in the ledger and their spellings.
    struct Sources: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the sources, and make spellings of one outlet count as one source.",
            subcommands: [List.self, Alias.self])
    }
}
