import ArgumentParser
import BuiltInRules
import StrictYAML

extension FactLedgerCommand.Rules {
    /// `factledger rules init DIR`: writes the built-in rules out for editing.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in rules (vocabulary, patterns, checks) to a folder.",
            discussion: """
                The folder is created when missing; no existing file is overwritten. Point \
                factledger at it with --rules DIR or $FACTLEDGER_RULES, or name it Rules in the \
                working folder.
                """)

        @Argument(help: "The folder to write (for example ./Rules).")
        var folder: String

        func run() throws {
            let files = BuiltInRules.files
            do {
                try files.write(to: folder)
            } catch let error as YAMLError {
                throw CommandFailure.badInput("\(error)")
            } catch {
                throw CommandFailure.badInput("\(folder): \(error.localizedDescription)")
            }
            Terminal.out("wrote \(files.texts.count) rule files to \(folder)\n")
        }
    }
}
