import ArgumentParser
import FactStore

extension FactLedgerCommand {
    /// `factledger actors`: the actors the ledger holds claims about.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors of stored claims with their claims, sources and open flags.",
            discussion: """
                An actor is who holds a stance (or whom a figure is about). Open flags are the \
                open flags holding a claim about the actor; sources count aliases as their \
                canonical source. --format json prints one array of objects: actor, claims, \
                sources, open_flags.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        /// What a ledger without actors says.
        static let noActorsMessage = "no actors yet: the ledger holds no claims about an actor"

        func run() throws {
            let actors = try ledger.open().actors()
            switch format {
            case .json: Terminal.out(CatalogListing.json(actors, key: "actor"))
            case .table:
                Terminal.out(
                    actors.isEmpty
                        ? Self.noActorsMessage + "\n"
                        : CatalogListing.table(actors, name: "actor", plural: "actors"))
            }
        }
    }
}
