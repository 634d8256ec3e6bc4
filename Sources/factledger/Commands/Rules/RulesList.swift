import ArgumentParser
import FactReports
import FactRules

extension FactLedgerCommand.Rules {
    /// `factledger rules list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the checks with their kind, level and status.")

        @OptionGroup var rules: RulesOptions

        func run() throws {
            let folder = try rules.load()
            Terminal.out("rules: \(rules.source().description)\n")
            var table = TextTable(header: ["id", "kind", "level", "status", "examples", "title"])
            for rule in folder.rules {
                table.rows.append([
                    rule.id, rule.kindName, rule.level.rawValue, rule.status.rawValue,
                    "\(rule.triggerExamples.count)+\(rule.passExamples.count)", rule.title,
                ])
            }
            Terminal.out(table.text)
            Terminal.out(
                "\nkinds:\n"
                    + RuleKinds.all.map { "  \($0.name): \($0.summary)" }.joined(separator: "\n")
                    + "\n")
        }
    }
}
