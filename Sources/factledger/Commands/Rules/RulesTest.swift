import ArgumentParser
import FactLedgerCore
import FactPipeline
import FactRules

extension FactLedgerCommand.Rules {
    /// `factledger rules test`.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples through the real pipeline in memory.",
            discussion: """
                Each trigger example must raise the rule's flag and each pass example must not. \
                Prints one line per rule; exit 1 when any example fails.
                """)

        @OptionGroup var rules: RulesOptions

        @Option(help: "Only the rule with this id; any case.")
        var id: String?

        func run() throws {
            let folder = try rules.load()
            let tester = ExampleRunner(folder: folder).tester
            var failed = 0
            let id = try self.id.map {
                try NameCheck.resolve($0, .rule, among: folder.rules.map(\.id))
            }
            let selected = folder.rules.filter { id == nil || $0.id == id }
            for rule in selected {
                let result = try tester.test(rule)
                let good = result.examples.filter(\.passed).count
                Terminal.out(
                    "\(result.passed ? "ok  " : "FAIL") \(rule.id): \(good)/\(result.examples.count) examples\n"
                )
                if let missing = result.missing { Terminal.out("     \(rule.file): \(missing)\n") }
                for example in result.examples where !example.passed {
                    let expectation =
                        example.expectsFlag
                        ? "should raise a flag but raised none"
                        : "should not raise a flag but raised: \(example.messages.joined(separator: " | "))"
                    Terminal.out("     \(rule.file):\(example.line ?? 0): \(expectation)\n")
                }
                if !result.passed { failed += 1 }
            }
            Terminal.out(
                "\(NumberFormatting.grouped(selected.count - failed)) passed, "
                    + "\(NumberFormatting.grouped(failed)) failed\n")
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
