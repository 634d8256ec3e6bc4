import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Sources {
    /// `factledger sources list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List each source with its articles, claims and aliases.",
            discussion: """
                Aliases count as their source: their articles and claims are in its counts. \
                --format json prints one array of objects: name, articles, claims, aliases.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        /// What an empty ledger says.
        static let noSourcesMessage = "no sources yet; ingest articles first"

        func run() throws {
            let sources = try ledger.open().sources()
            switch format {
            case .json:
                Terminal.out(JSONValue.array(sources.map(Self.json)).text + "\n")
            case .table:
                guard !sources.isEmpty else {
                    Terminal.out(Self.noSourcesMessage + "\n")
                    return
                }
                var table = TextTable(header: ["source", "articles", "claims", "aliases"])
                for source in sources {
                    table.rows.append([
                        source.name, NumberFormatting.grouped(source.articles),
                        NumberFormatting.grouped(source.claims),
                        source.aliases.joined(separator: ", "),
                    ])
                }
                Terminal.out(table.text + NumberFormatting.count(sources.count, "source") + "\n")
            }
        }

        /// A source as JSON: name, articles, claims, aliases.
        static func json(_ source: SourceSummary) -> JSONValue {
            .object([
                ("name", .string(source.name)), ("articles", .number(Double(source.articles))),
                ("claims", .number(Double(source.claims))),
                ("aliases", .array(source.aliases.map(JSONValue.string))),
            ])
        }
    }
}
