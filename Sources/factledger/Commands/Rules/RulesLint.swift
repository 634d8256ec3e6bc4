import ArgumentParser
import FactLedgerCore
import FactRules

extension FactLedgerCommand.Rules {
    /// `factledger rules lint`.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every rule file; each problem is printed as file:line: message.",
            discussion:
                "Exit 0 when every file is valid and every rule has trigger and pass examples, 2 otherwise."
        )

        @OptionGroup var rules: RulesOptions

        /// Shown when a rule has no examples of one kind.
        static let missingExamples = "needs at least one trigger and one pass example"

        func run() throws {
            let folder = try rules.load(strict: false)
            var problems = folder.ruleErrors.map { "\($0)" }
            for rule in folder.rules where rule.triggerExamples.isEmpty || rule.passExamples.isEmpty
            {
                problems.append(
                    "\(rule.file):\(rule.line ?? 1): rule '\(rule.id)' \(Self.missingExamples)")
            }
            for problem in problems { Terminal.error(problem) }
            Terminal.out(
                "\(NumberFormatting.count(folder.rules.count, "rule")), "
                    + "\(NumberFormatting.count(problems.count, "problem"))\n")
            if !problems.isEmpty { throw ExitCode(2) }
        }
    }
}
