import ArgumentParser
import FactStore

extension FactLedgerCommand {
    /// `factledger topics`: the topics the ledger holds claims about.
    struct Topics: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the topics of stored claims with their claims, sources and open flags.",
            discussion: """
                Sources count aliases as their canonical source. --format json prints one array \
                of objects: topic, claims, sources, open_flags.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        /// What a ledger without claims says.
        static let noTopicsMessage = "no topics yet: the ledger holds no claims"

        func run() throws {
            let topics = try ledger.open().topics()
            switch format {
            case .json: Terminal.out(CatalogListing.json(topics, key: "topic"))
            case .table:
                Terminal.out(
                    topics.isEmpty
                        ? Self.noTopicsMessage + "\n"
                        : CatalogListing.table(topics, name: "topic", plural: "topics"))
            }
        }
    }
}
