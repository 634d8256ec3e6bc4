import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Export {
    /// `factledger export claims`.
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the stored claims, in the order `claims` lists them.",
            discussion: """
                Columns (CSV) and keys (JSON Lines) are the claim object's: id, kind, topic, facets, \
                actor, speaker, low, high, best, qualifier, polarity, certainty, as_of, published, \
                source, ref, version, quote, start, end, conditions, rule, supersedes, tally.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Only this topic (hostages.held), or a prefix (hostages or hostages.*).")
        var topic: String?

        @Option(help: "Only claims from this source (outlet name as stored).")
        var source: String?

        @Option(help: "Only numeric or only stance claims.")
        var kind: ClaimKind?

        @Option(help: "Output format: csv or jsonl.")
        var format: ExportFormat = .csv

        func run() throws {
            let ledger = try self.ledger.open()
            let writer = RowWriter(format: format, keys: ClaimJSON.keys)
            try ledger.forEachClaim(ClaimFilter(topic: topic, source: source, kind: kind)) {
                entry in
                writer.write(ClaimJSON.object(entry.stored, supersedes: entry.supersedes))
            }
            writer.flush()
        }
    }
}
