import FactLedgerCore
import FactReports
import FactStore

/// How `topics` and `actors` print what the ledger knows: a table with grouped counts, or JSON
/// objects with plain numbers.
enum CatalogListing {
    /// The table, headed by the kind of name, with a count line under it.
    static func table(_ entries: [CatalogEntry], name: String, plural: String) -> String {
        var table = TextTable(header: [name, "claims", "sources", "open flags"])
        for entry in entries {
            table.rows.append([
                entry.name, NumberFormatting.grouped(entry.claims),
                NumberFormatting.grouped(entry.sources),
                NumberFormatting.grouped(entry.openDisputes),
            ])
        }
        return table.text + "\(NumberFormatting.grouped(entries.count)) \(plural)\n"
    }

    /// The entries as one JSON array of objects keyed `key`, claims, sources, open_flags.
    static func json(_ entries: [CatalogEntry], key: String) -> String {
        JSONValue.array(
            entries.map { entry in
                .object([
                    (key, .string(entry.name)), ("claims", .number(Double(entry.claims))),
                    ("sources", .number(Double(entry.sources))),
                    ("open_flags", .number(Double(entry.openDisputes))),
                ])
            }
        ).text + "\n"
    }
}
