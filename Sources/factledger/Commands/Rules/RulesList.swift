import ArgumentParser
import FactReports
import FactRules

extension FactLedgerCommand.Rules {
    /// `factledger rules list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the checks with their kind, level and status.")

        @OptionGroup var rules: RulesOptions

        @Option(help: "Output format: table or json.")
        var format: ListFormat = .table

        func run() throws {
            let folder = try rules.load()
            switch format {
            case .json:
                Terminal.out(Self.json(folder.rules, from: rules.source().description).text + "\n")
            case .table:
                Terminal.out("rules: \(rules.source().description)\n")
                var table = TextTable(header: [
                    "id", "kind", "level", "status", "examples", "title",
                ])
                for rule in folder.rules {
                    table.rows.append([
                        rule.id, rule.kindName, rule.level.rawValue, rule.status.rawValue,
                        "\(rule.triggerExamples.count)+\(rule.passExamples.count)", rule.title,
                    ])
                }
                Terminal.out(table.text)
                Terminal.out(
                    "\nkinds:\n"
                        + RuleKinds.all.map { "  \($0.name): \($0.summary)" }.joined(
                            separator: "\n")
                        + "\n")
            }
        }

        /// The rules as one JSON object: `rules` (where they come from), `checks` (each with id,
        /// kind, level, status, title, file, trigger_examples, pass_examples) and `kinds` (name,
        /// summary).
        static func json(_ rules: [Rule], from origin: String) -> JSONValue {
            .object([
                ("rules", .string(origin)),
                (
                    "checks",
                    .array(
                        rules.map { rule in
                            .object([
                                ("id", .string(rule.id)), ("kind", .string(rule.kindName)),
                                ("level", .string(rule.level.rawValue)),
                                ("status", .string(rule.status.rawValue)),
                                ("title", .string(rule.title)), ("file", .string(rule.file)),
                                ("trigger_examples", .number(Double(rule.triggerExamples.count))),
                                ("pass_examples", .number(Double(rule.passExamples.count))),
                            ])
                        })
                ),
                (
                    "kinds",
                    .array(
                        RuleKinds.all.map {
                            .object([("name", .string($0.name)), ("summary", .string($0.summary))])
                        })
                ),
            ])
        }
    }
}
