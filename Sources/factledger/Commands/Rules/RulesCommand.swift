import ArgumentParser

extension FactLedgerCommand {
    /// `factledger rules`: list, validate, test and re-run the checks.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List, lint, test and re-run the checks; write the built-in rules out; learn the figure model.",
            subcommands: [List.self, Lint.self, Test.self, Run.self, Init.self, Train.self])
    }
}
