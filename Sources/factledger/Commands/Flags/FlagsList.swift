import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Flags {
    /// `factledger flags list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List flags, most severe first.",
            discussion: """
                A flag is a dispute: a disagreement among the live claims, with its rule, topic, \
                facets, scope and episode (a day, a step of a series, or an edit). --format json and \
                jsonl print the flag object: id, rule, kind, level, status, topic, actor, message, \
                claims (claim ids), sources, dates, then known_on and reviews, then facets, tally, \
                scope, article, episode, sides, superseded_by, closes and explanation.
                """)

        @OptionGroup var ledger: LedgerOptions

        @Option(
            help:
                "Only flags in this status: open, confirmed, dismissed, resolved or superseded (closed because the claims no longer give the disagreement)."
        )
        var status: FlagStatus?

        @Option(help: "Only flags at this level: info, low, medium, high or critical.")
        var level: Level?

        @Option(help: "Output format: table, json or jsonl.")
        var format: OutputFormat = .table

        func run() throws {
            let details = try ledger.open().flagDetails(FlagFilter(status: status, level: level))
            switch format {
            case .json: Terminal.out(JSONValue.array(details.map(FlagJSON.object)).text + "\n")
            case .jsonl: for detail in details { Terminal.out(FlagJSON.object(detail).text + "\n") }
            case .table:
                var table = TextTable(header: [
                    "id", "level", "status", "rule", "topic", "episode", "sources", "message",
                ])
                for detail in details {
                    let flag = detail.flag
                    table.rows.append([
                        String(flag.id), flag.dispute.level.rawValue, flag.status.rawValue,
                        flag.dispute.ruleID, flag.dispute.topic, flag.dispute.episode.description,
                        detail.sources.joined(separator: ", "),
                        TextTable.clip(flag.dispute.message, 80),
                    ])
                }
                Terminal.out(details.isEmpty ? "no flags\n" : table.text)
            }
        }
    }
}

extension FlagStatus: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}
