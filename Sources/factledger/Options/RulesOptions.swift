import ArgumentParser
import FactExtraction
import Foundation
import StrictYAML

/// The option naming the rules folder: `vocabulary/` for extraction, `checks/` for the rules engine.
struct RulesOptions: ParsableArguments {
    @Option(help: "The rules folder holding vocabulary/ and checks/ (default: ./Rules).")
    var rules: String = "Rules"

    /// The vocabulary folder.
    var vocabularyFolder: String { (rules as NSString).appendingPathComponent("vocabulary") }
    /// The checks folder.
    var checksFolder: String { (rules as NSString).appendingPathComponent("checks") }

    /// Loads the vocabulary, turning a file problem into a clear error naming file and line.
    func extractor() throws -> ClaimExtractor {
        do {
            return ClaimExtractor(vocabulary: try VocabularyLoader.load(folder: vocabularyFolder))
        } catch let error as YAMLError {
            throw CommandFailure.badInput("\(error)")
        }
    }
}
