import ArgumentParser
import FactExtraction
import FactPipeline
import Foundation
import StrictYAML

/// The option naming the rules folder: `vocabulary/` for extraction, `checks/` for the rules engine.
struct RulesOptions: ParsableArguments {
    /// The rules folder used when `--rules` is not given.
    static let defaultFolder = "Rules"

    @Option(help: "The rules folder holding vocabulary/ and checks/ (default: ./Rules).")
    var rules: String = defaultFolder

    /// Loads vocabulary and checks; a vocabulary problem, or with `strict` any rule problem, is
    /// an error naming file and line (exit 2).
    func load(strict: Bool = true) throws -> RulesFolder {
        let folder: RulesFolder
        do {
            folder = try RulesFolder(path: rules)
        } catch let error as YAMLError {
            throw CommandFailure.badInput("\(error)")
        }
        if strict, !folder.ruleErrors.isEmpty {
            throw CommandFailure.badInput(folder.ruleErrors.map { "\($0)" }.joined(separator: "\n"))
        }
        return folder
    }

    /// The claim extractor alone.
    func extractor() throws -> ClaimExtractor { try load(strict: false).extractor }
}
