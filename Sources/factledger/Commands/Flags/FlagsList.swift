import ArgumentParser
import FactLedgerCore
import FactReports

extension FactLedgerCommand.Flags {
    /// `factledger flags list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List flags, most severe first.",
            discussion: """
                --format json and jsonl print the flag object: id, rule, kind, level, status, topic, \
                actor, message, claims (claim ids), sources, dates, then known_on and reviews.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "Only flags in this status: open, confirmed, dismissed or resolved.")
        var status: FlagStatus?

        @Option(help: "Only flags at this level: info, low, medium, high or critical.")
        var level: Level?

        @Option(help: "Output format: table, json or jsonl.")
        var format: OutputFormat = .table

        func run() throws {
            let details = try ledger.open().flagDetails(status: status, level: level)
            switch format {
            case .json: Terminal.out(JSONValue.array(details.map(FlagJSON.object)).text + "\n")
            case .jsonl: for detail in details { Terminal.out(FlagJSON.object(detail).text + "\n") }
            case .table:
                var table = TextTable(header: [
                    "id", "level", "status", "rule", "topic", "sources", "dates", "message",
                ])
                for detail in details {
                    let flag = detail.flag
                    table.rows.append([
                        String(flag.id), flag.finding.level.rawValue, flag.status.rawValue,
                        flag.finding.ruleID,
                        flag.finding.topic, detail.sources.joined(separator: ", "),
                        detail.dates.map(\.description).joined(separator: ", "),
                        TextTable.clip(flag.finding.message, 80),
                    ])
                }
                Terminal.out(details.isEmpty ? "no flags\n" : table.text)
            }
        }
    }
}

extension FlagStatus: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
